import 'reflect-metadata';
import { configFor } from '../config';
import { stopOnSignal } from '../server/lifecycle';
import { configureLogging, logger } from '../server/logger';
import { startGateway } from './gateway';

async function main() {
  const config = configFor('gateway');
  configureLogging(config.observability);
  const gateway = await startGateway(config, config.gateway.port);
  logger({ service: 'gateway' }).info(`gateway ready at ${gateway.url}/graphql`);
  stopOnSignal(() => gateway.close(), process.argv);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
