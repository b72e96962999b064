import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { childEnv, loadConfig, subgraphNames } from '../config';
import { migrateDatabase } from '../subgraphs/migrate';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

/**
 * `npm start`: the whole hub on one machine. An embedded PostgreSQL unless DATABASE_URL is set,
 * the migrations, then each subgraph and the gateway as its own supervised process.
 */
async function main() {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    console.log(`Starting embedded PostgreSQL on port ${config.embeddedPostgres.port} (data in ${config.embeddedPostgres.dataDir})`);
    embedded = await startEmbeddedPostgres(config.embeddedPostgres.dataDir, config.embeddedPostgres.port, 'voor_elkaar');
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  await migrateDatabase(databaseUrl);
  console.log('Database migrated');

  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(children.map((child) => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(undefined);
      child.once('exit', resolve);
      child.kill('SIGTERM');
    })));
    await embedded?.stop();
    // embedded-postgres' exit hook would turn a non-zero exit code into 0.
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const env = childEnv({ DATABASE_URL: databaseUrl });
  const run = (label: string, file: string, args: string[] = []) => new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', file), ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      process.stdout.write(text.replace(/^/gm, `[${label}] `).replace(/\[[^\]]+\] $/, ''));
      if (text.includes('ready at')) resolve();
    });
    child.once('exit', (code) => {
      reject(new Error(`${label} exited with code ${code}`));
      if (!stopping) { console.error(`${label} stopped unexpectedly (exit code ${code}); stopping the hub`); void stop(1); }
    });
  });
  await Promise.all(subgraphNames.map((name) => run(name, 'subgraphs/main.ts', [name])));
  await run('gateway', 'gateway/main.ts');
  const gateway = `http://${config.gateway.host}:${config.gateway.port}`;
  console.log(`
Voor Elkaar! hub is running: ${gateway}/graphql (Ctrl-C stops everything)
Get a development token:  npm run token -- --role consultant --municipality 0175
Then:  curl -s ${gateway}/graphql -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
         -d '{"query":"{ cases { edges { node { id status } } } }"}'
`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
