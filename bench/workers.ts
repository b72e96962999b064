import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig, subgraphNames } from '../config';
import { startGateway } from '../gateway/gateway';
import { signDevToken } from '../scripts/dev-token';
import { subgraphs } from '../subgraphs';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/shared/subgraph-server';
import { aSignal } from '../tests/support/builders';
import { benchDatabase } from './support/bench-database';
import { startWorkerProcesses } from './support/hub-processes';
import { formatLoad } from './support/load';
import { untilQueueEmpty } from './support/queue-drain';
import { seedCases } from './support/seed-cases';

/**
 * `npm run bench:workers -- [signals] [households] [--built] [--port=4460]`: do more worker processes match
 * faster? For 1, then 2 sets of worker processes (the four subgraphs with SUBGRAPH_ROLE=worker,
 * each set on a fresh database with `households` (default 1000) and a case each), a partner
 * reports `signals` (default 20,000) in calls of 1000 through a gateway in this process, and the
 * time runs from the first call until every job is done. The workers' health ports count up from
 * `--port` (default 4460); `--built` runs the workers from dist/ with plain node.
 * Uses DATABASE_URL when set, else an embedded PostgreSQL.
 */
const args = process.argv.slice(2);
const [signalCount = 20_000, households = 1000] = args.filter((a) => !a.startsWith('--')).map(Number);
const compiled = args.includes('--built');
const firstPort = Number(args.find((a) => a.startsWith('--port='))?.slice('--port='.length) ?? 4460);

async function main() {
  const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-')), DATABASE_URL: loadConfig().databaseUrl ?? '' });
  const database = await benchDatabase(config.databaseUrl);
  // As in bench:intake: a fifth of the signals go to an address that already had one.
  const addresses = Math.ceil(signalCount * 0.8);
  const inputs = Array.from({ length: signalCount }, (_, i) => aSignal({ resident: { address: { postcode: '7731 AB', houseNumber: 1 + (i % addresses) } } }));
  if (compiled) console.log('workers: compiled JavaScript of dist/ (run `npm run build` first)');
  for (const sets of [1, 2]) {
    const databaseUrl = sets === 1 ? database.url : await database.another();
    await seedCases(databaseUrl, config, { cases: households, signalsPerCase: 1, residentsPerHousehold: 1, municipality: '0175' });
    const pool = new Pool({ connectionString: databaseUrl, max: 1 });
    const workers = await startWorkerProcesses(config, databaseUrl, sets, firstPort, compiled);
    // The migrations' one-time jobs run to their end first: they are the upgrade's, not intake's.
    await untilQueueEmpty(pool);
    // The partner's side: the four subgraphs (answering GraphQL, running no jobs) and the gateway, in this process.
    const running: RunningSubgraph[] = [];
    for (const name of subgraphNames) {
      const subgraph = await startSubgraph(subgraphs[name], { config, databaseUrl, runJobs: false }, 0);
      running.push(subgraph);
      config.subgraphs[name].url = subgraph.url;
    }
    const gateway = await startGateway(config, 0, '127.0.0.1');
    const token = await signDevToken(config.auth, { role: 'partner', org: 'vechtdal-wonen' });
    const started = performance.now();
    for (let from = 0; from < inputs.length; from += 1000) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation($s: [SignalInput!]!) { reportSignals(signals: $s) { accepted { id } } }', variables: { s: inputs.slice(from, from + 1000) } }),
      });
      const body = (await response.json()) as { data?: { reportSignals: { accepted: unknown[] } } };
      if (body.data?.reportSignals.accepted.length !== Math.min(1000, inputs.length - from)) throw new Error(JSON.stringify(body).slice(0, 500));
    }
    const reported = (performance.now() - started) / 1000;
    await untilQueueEmpty(pool);
    const seconds = (performance.now() - started) / 1000;
    const matched = Number((await pool.query('select count(*) from casework.case_signals')).rows[0].count) - households;
    const duplicates = (await pool.query(`select
        (select count(*) from (select address_key from household.household group by 1 having count(*) > 1) d)::int as households,
        (select count(*) from (select household_id from casework.cases where closed_at is null group by 1 having count(*) > 1) d)::int as open_cases`)).rows[0];
    console.log(`${sets} set(s) of worker processes: ${matched} of ${signalCount} signals in a case ${seconds.toFixed(1)} s after the first call `
      + `(reported in ${reported.toFixed(1)} s): ${(matched / seconds).toFixed(0)} signals/s; duplicate households ${duplicates.households}, `
      + `households with two open cases ${duplicates.open_cases}; load average ${formatLoad(loadavg())}`);
    await gateway.close();
    for (const s of running) await s.close();
    await workers.stop();
    await pool.end();
  }
  await database.drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
