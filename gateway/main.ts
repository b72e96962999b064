import 'reflect-metadata';
import { configFor } from '../config';
import { stopOnSignal } from '../server/lifecycle';
import { startGateway } from './gateway';

async function main() {
  const config = configFor('gateway');
  const gateway = await startGateway(config, config.gateway.port);
  console.log(`gateway ready at ${gateway.url}/graphql`);
  stopOnSignal(() => gateway.close(), process.argv);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
