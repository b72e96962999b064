import 'reflect-metadata';
import { configFor, subgraphNames, type SubgraphName } from '../config';
import { subgraphs } from '.';
import { stopOnSignal } from '../server/lifecycle';
import { logger } from '../server/logger';
import { startObservability } from '../server/observability';
import { startSubgraph } from './shared/subgraph-server';

/** `node dist/subgraphs/main.js <signal|household|case|evaluation>` (or tsx on the source): one subgraph as its own process. */
async function main() {
  const name = process.argv[2] as SubgraphName;
  if (!subgraphNames.includes(name)) throw new Error(`Name a subgraph: ${subgraphNames.join(', ')}`);
  const config = configFor(name);
  const stopObservability = startObservability(config.observability, name);
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required to run a subgraph on its own (npm start sets it)');
  const running = await startSubgraph(subgraphs[name], { config, databaseUrl: config.databaseUrl }, config.subgraphs[name].port, config.gateway.host);
  logger({ service: name }).info(`${name} subgraph ready at ${running.url} (SUBGRAPH_ROLE=${config.operations.subgraphRole})`);
  stopOnSignal(() => running.close().then(stopObservability), process.argv);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
