import 'reflect-metadata';
import { join } from 'node:path';
import { childEnv, configFor, subgraphNames } from '../config';
import { migrateDatabase } from '../subgraphs/migrate';
import { provisionDevelopmentRoles } from '../subgraphs/database-roles';
import { Supervisor, type Supervised } from './supervisor';
import { ensureWebBuild } from './web-build';

/**
 * `npm start`: the whole hub on one machine. An embedded PostgreSQL unless DATABASE_URL is set,
 * the migrations, then each subgraph and the gateway as its own supervised process: a process
 * that stops on its own is restarted (README "Operating the hub").
 */
async function main() {
  const config = configFor('all');
  const { operations } = config;
  const statusFile = join(config.dataDir, 'supervisor-status.json');
  const supervisor = new Supervisor({ maxCrashes: operations.maxCrashes, windowMs: operations.restartWindowMs }, statusFile);
  const services: Supervised[] = [];
  let gateway: Supervised | undefined;
  let database: Supervised | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping the hub...');
    // The gateway first (its requests in flight still reach the subgraphs), the database last.
    const groups = [gateway ? [gateway] : [], services, database ? [database] : []];
    await supervisor.stop(groups, operations.shutdownTimeoutMs + 5000);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.log(`Starting embedded PostgreSQL on port ${config.embeddedPostgres.port} (data in ${config.embeddedPostgres.dataDir})`);
    database = supervisor.start({ label: 'postgres', file: 'scripts/database-process.ts', args: [], env: childEnv('database', config), readyWhen: /"ready"/ });
    databaseUrl = JSON.parse(await database.ready).ready as string;
  }
  await migrateDatabase(databaseUrl);
  console.log('Database migrated');

  // Each subgraph connects as its own role: PostgreSQL itself keeps it to its own schema.
  const roleUrls = await provisionDevelopmentRoles(databaseUrl);
  console.log('Database roles granted (one per subgraph)');

  ensureWebBuild();
  const supervised = { SUPERVISOR_STATUS_FILE: statusFile };
  for (const name of subgraphNames) {
    const env = childEnv(name, { ...config, databaseUrl: roleUrls[name] }, supervised);
    services.push(supervisor.start({ label: name, file: 'subgraphs/main.ts', args: [name, '--supervised'], env, readyWhen: /ready at/ }));
  }
  await Promise.all(services.map((s) => s.ready));
  gateway = supervisor.start({ label: 'gateway', file: 'gateway/main.ts', args: ['--supervised'], env: childEnv('gateway', config, supervised), readyWhen: /ready at/ });
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
