import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { loadConfig, subgraphNames } from '../config';
import { startGateway } from '../gateway/gateway';
import { signDevToken } from '../scripts/dev-token';
import { ensureDatabase, startEmbeddedPostgres } from '../scripts/embedded-postgres';
import { subgraphs } from '../subgraphs';
import { migrateDatabase } from '../subgraphs/migrate';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/shared/subgraph-server';
import { aSignal } from '../tests/support/builders';

/**
 * `npm run bench:intake`: how a partner's batch is written (latency and SQL round trips per
 * batch size, with the job workers off), then how long the queue takes to match 1000 signals.
 * Uses DATABASE_URL when set, else an embedded PostgreSQL in a temporary folder.
 */
let queries = 0;
const originalQuery = Client.prototype.query;
(Client.prototype as any).query = function (...args: unknown[]) {
  queries += 1;
  return (originalQuery as any).apply(this, args);
};

async function main() {
  const base = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-')), DATABASE_URL: loadConfig().databaseUrl ?? '' });
  let stopDatabase = async () => {};
  let adminUrl = base.databaseUrl;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
    chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres(join(dir, 'pg'), 54900 + Math.floor(Math.random() * 50), 'postgres', randomBytes(16).toString('hex'));
    adminUrl = pg.adminUrl;
    stopDatabase = pg.stop;
  }
  const database = `bench_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(adminUrl, database);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  await migrateDatabase(databaseUrl);
  const config = base;
  const start = async (runJobs: boolean) => {
    const running: RunningSubgraph[] = [];
    for (const name of subgraphNames) {
      const subgraph = await startSubgraph(subgraphs[name], { config, databaseUrl, runJobs }, 0);
      running.push(subgraph);
      config.subgraphs[name].url = subgraph.url;
    }
    return running;
  };
  const quiet = await start(false);
  const gateway = await startGateway(config, 0, '127.0.0.1');
  const token = await signDevToken(config.auth, { role: 'partner', org: 'vechtdal-wonen' });
  const report = async (size: number) => {
    const signals = Array.from({ length: size }, (_, i) => aSignal({ resident: { address: { postcode: '7731 AB', houseNumber: 1 + (i % 5000) } } }));
    queries = 0;
    const started = performance.now();
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation($s: [SignalInput!]!) { reportSignals(signals: $s) { accepted { id } rejected { code } } }', variables: { s: signals } }),
    });
    const body = (await response.json()) as any;
    const ms = performance.now() - started;
    if (body.data?.reportSignals.accepted.length !== size) throw new Error(JSON.stringify(body).slice(0, 500));
    return { size, ms, queries };
  };
  console.log('batch size | reportSignals latency | SQL round trips (signal subgraph)');
  for (const size of [1, 100, 1000, 1000, 1000]) {
    const { ms, queries: q } = await report(size);
    console.log(`${String(size).padStart(10)} | ${ms.toFixed(0).padStart(18)} ms | ${q}`);
  }
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const queued = Number((await pool.query('select count(*) from graphile_worker.jobs')).rows[0].count);
  const workers = await start(true);
  const started = performance.now();
  while (Number((await pool.query('select count(*) from graphile_worker.jobs')).rows[0].count) > 0) await new Promise((r) => setTimeout(r, 100));
  const seconds = (performance.now() - started) / 1000;
  const cases = Number((await pool.query('select count(*) from casework.case_signals')).rows[0].count);
  console.log(`matched ${cases} signals (${queued} queued jobs and their follow-ups) in ${seconds.toFixed(1)} s: ${(cases / seconds).toFixed(0)} signals/s`);
  await pool.end();
  await gateway.close();
  for (const s of [...quiet, ...workers]) await s.close();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database ${database} with (force)`);
  await admin.end();
  await stopDatabase();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
