import 'reflect-metadata';
import { configFor } from '../config';
import { stopOnSignal } from '../server/lifecycle';
import { logger } from '../server/logger';
import { startObservability } from '../server/observability';
import { startGateway } from './gateway';

async function main() {
  const config = configFor('gateway');
  const stopObservability = startObservability(config.observability, 'gateway');
  const gateway = await startGateway(config, config.gateway.port);
  logger({ service: 'gateway' }).info(`gateway ready at ${gateway.url}/graphql`);
  stopOnSignal(() => gateway.close().then(stopObservability), process.argv);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
