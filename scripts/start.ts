import 'reflect-metadata';
import { childEnv, loadConfig, subgraphNames } from '../config';
import { migrateDatabase } from '../subgraphs/migrate';
import { stopChild, supervise, type Supervised } from './supervisor';
import { ensureWebBuild } from './web-build';

/**
 * `npm start`: the whole hub on one machine. An embedded PostgreSQL unless DATABASE_URL is set,
 * the migrations, then each subgraph and the gateway as its own supervised process.
 */
async function main() {
  const config = loadConfig();
  const services: Supervised[] = [];
  let database: Supervised | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping the hub...');
    await Promise.all(services.map((s) => stopChild(s)));
    if (database) await stopChild(database);
    process.exit(code);
  };
  const unexpected = (label: string) => (code: number | null) => {
    if (stopping) return;
    console.error(`${label} stopped unexpectedly (exit code ${code}); stopping the hub`);
    void stop(1);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.log(`Starting embedded PostgreSQL on port ${config.embeddedPostgres.port} (data in ${config.embeddedPostgres.dataDir})`);
    database = supervise('postgres', 'scripts/database-process.ts', [], childEnv({}), /"ready"/, unexpected('postgres'));
    databaseUrl = JSON.parse(await database.ready).ready as string;
  }
  await migrateDatabase(databaseUrl);
  console.log('Database migrated');

  ensureWebBuild();
  const env = childEnv({ DATABASE_URL: databaseUrl });
  for (const name of subgraphNames) services.push(supervise(name, 'subgraphs/main.ts', [name, '--supervised'], env, /ready at/, unexpected(name)));
  await Promise.all(services.map((s) => s.ready));
  const gateway = supervise('gateway', 'gateway/main.ts', ['--supervised'], env, /ready at/, unexpected('gateway'));
  services.push(gateway);
  await gateway.ready;
  const url = `http://${config.gateway.host}:${config.gateway.port}`;
  console.log(`
Voor Elkaar! hub is running (Ctrl-C stops everything)
Web app (werkbak, portal, analysis, privacy):  ${url}/
GraphQL API:  ${url}/graphql
Get a development token:  npm run token -- --role consultant --municipality 0175
Then:  curl -s ${url}/graphql -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
         -d '{"query":"{ cases { edges { node { id status } } } }"}'
`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
