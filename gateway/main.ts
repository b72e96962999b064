import 'reflect-metadata';
import { loadConfig } from '../config';
import { startGateway } from './gateway';

async function main() {
  const config = loadConfig();
  const gateway = await startGateway(config, config.gateway.port);
  console.log(`gateway ready at ${gateway.url}/graphql`);
  const stop = () => gateway.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
