import 'reflect-metadata';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { loadConfig, subgraphNames } from '../config';
import { startGateway } from '../gateway/gateway';
import { signDevToken } from '../scripts/dev-token';
import { subgraphs } from '../subgraphs';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/shared/subgraph-server';
import { aSignal } from '../tests/support/builders';
import { benchDatabase } from './support/bench-database';
import { describeCpuProfiles } from './support/cpu-profile';
import { JobTimings } from './support/job-timings';
import { startHubProcesses } from './support/hub-processes';
import { formatLoad } from './support/load';
import { queuedJobs, untilQueueEmpty } from './support/queue-drain';
import { plainIntake } from './support/plain-intake';
import { seedCases } from './support/seed-cases';
import { steadyIntake, type SteadyResult } from './support/steady-intake';

/**
 * `npm run bench:intake -- [households] [steady seconds] [signals] [--profile]`: first the same
 * `signals` (default 3101) taken in by a plain-SQL pipeline on a database of its own (the bound,
 * bench/support/plain-intake.ts); then how the hub writes them (calls of 1, 100, then 1000
 * signals: latency and SQL round trips, with the job workers off), how long its queue takes to
 * match them (with each job's handler time per task), the hub's rate end to end and its ratio to
 * the plain pipeline's; then signal-to-case latency
 * at a steady 20 signals/s, with `households` (default 1000) already present: first with the
 * whole hub in this process, then with each service its own process as `npm start` runs it (on
 * the ports of PORT, SIGNAL_PORT, ...; `--profile`: their CPU profiles into bench/profiles/).
 * Uses DATABASE_URL when set, else an embedded PostgreSQL.
 */
let queries = 0;
const originalQuery = Client.prototype.query;
(Client.prototype as any).query = function (...args: unknown[]) {
  queries += 1;
  return (originalQuery as any).apply(this, args);
};

const args = process.argv.slice(2);
const [households = 1000, steadySeconds = 30, signalCount = 3101] = args.filter((a) => !a.startsWith('--')).map(Number);
const profile = args.includes('--profile');

/** Stops the hub's processes if the run fails while they run. */
let stopHub = async () => {};

const refusals = (r: SteadyResult) => (r.refused ? `; ${r.refused} refused, the first with ${r.firstRefusal}` : '');

async function main() {
  const base = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-')), DATABASE_URL: loadConfig().databaseUrl ?? '' });
  const database = await benchDatabase(base.databaseUrl);
  const databaseUrl = database.url;
  const seeding = performance.now();
  await seedCases(databaseUrl, base, { cases: households, signalsPerCase: 1, residentsPerHousehold: 1, municipality: '0175' });
  console.log(`load average ${formatLoad(loadavg())}; ${households} households (with a case each) present, seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  const config = base;
  // The same signals for the plain-SQL pipeline and the hub; a fifth of them to an address that already had one.
  const addresses = Math.ceil(signalCount * 0.8);
  const inputs = Array.from({ length: signalCount }, (_, i) => aSignal({ resident: { address: { postcode: '7731 AB', houseNumber: 1 + (i % addresses) } } }));
  const plainUrl = await database.another();
  await seedCases(plainUrl, base, { cases: households, signalsPerCase: 1, residentsPerHousehold: 1, municipality: '0175' });
  const plain = await plainIntake(plainUrl, base, base.partners.find((p) => p.code === 'vechtdal-wonen')!, inputs as never);
  console.log(`plain SQL (2 batches at a time): ${plain.signals} signals in ${plain.seconds.toFixed(1)} s: ${plain.perSecond.toFixed(0)} signals/s, ${plain.statementsPerBatch.toFixed(0)} statements per batch of 1000; load average ${formatLoad(loadavg())}`);
  // The ports of the second steady phase's processes (PORT, SIGNAL_PORT, ...), as for `npm start`.
  const ports = loadConfig();
  config.gateway.port = ports.gateway.port;
  for (const name of subgraphNames) config.subgraphs[name].port = ports.subgraphs[name].port;
  // The operations settings too: the hub in this process runs as its processes do.
  config.operations = ports.operations;
  const timings = new JobTimings();
  const start = async (runJobs: boolean, timed = true) => {
    const running: RunningSubgraph[] = [];
    for (const name of subgraphNames) {
      const subgraph = await startSubgraph(runJobs && timed ? timings.wrap(subgraphs[name]) : subgraphs[name], { config, databaseUrl, runJobs }, 0);
      running.push(subgraph);
      config.subgraphs[name].url = subgraph.url;
    }
    return running;
  };
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  // The migrations queue one-time jobs (household.merge_addresses reads every household, 6 s at
  // 50,000): they belong to the upgrade, not to intake, so they run to the end before anything is measured.
  const migrating = await start(true, false);
  await untilQueueEmpty(pool);
  for (const s of migrating) await s.close();
  const quiet = await start(false);
  const gateway = await startGateway(config, 0, '127.0.0.1');
  const token = await signDevToken(config.auth, { role: 'partner', org: 'vechtdal-wonen' });
  const report = async (signals: unknown[]) => {
    const size = signals.length;
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
  let reporting = 0;
  for (let from = 0, call = 0; from < inputs.length; call += 1) {
    const batch = inputs.slice(from, from + (call === 0 ? 1 : call === 1 ? 100 : 1000));
    from += batch.length;
    const { ms, queries: q } = await report(batch);
    reporting += ms;
    if (call < 5) console.log(`${String(batch.length).padStart(10)} | ${ms.toFixed(0).padStart(18)} ms | ${q}`);
  }
  console.log(`reported ${inputs.length} signals in ${(reporting / 1000).toFixed(1)} s (calls of 1, 100, then 1000)`);
  const queued = await queuedJobs(pool);
  const workers = await start(true);
  const started = performance.now();
  let lastReport = performance.now();
  await untilQueueEmpty(pool, async () => {
    if (performance.now() - lastReport < 10_000) return;
    lastReport = performance.now();
    const { rows } = await pool.query(`select task_identifier, count(*)::int as n, max(attempts) as attempts, min(run_at) as run_at, max(last_error) as error from graphile_worker.jobs group by 1`);
    console.log(`  still queued: ${JSON.stringify(rows).slice(0, 400)}`);
  });
  const seconds = (performance.now() - started) / 1000;
  // The seeded households' signals were there before.
  const cases = Number((await pool.query('select count(*) from casework.case_signals')).rows[0].count) - households;
  console.log(`matched ${cases} signals (${queued} queued jobs and their follow-ups) in ${seconds.toFixed(1)} s: ${(cases / seconds).toFixed(0)} signals/s`);
  console.log(`load average ${formatLoad(loadavg())}\n${timings.report()}`);
  const endToEnd = cases / (reporting / 1000 + seconds);
  console.log(`hub end to end (reported, then matched): ${cases} signals in ${(reporting / 1000 + seconds).toFixed(1)} s: ${endToEnd.toFixed(0)} signals/s`
    + `\nplain SQL (same signals, same PostgreSQL, before the hub): ${plain.signals} signals in ${plain.seconds.toFixed(1)} s: ${plain.perSecond.toFixed(0)} signals/s`
    + `\n${await sameRows(databaseUrl, plainUrl)}`
    + `\nhub / plain SQL: ${(endToEnd / plain.perSecond).toFixed(2)} end to end, ${(cases / seconds / plain.perSecond).toFixed(2)} matching alone (the goal: at least 0.5 end to end); load average ${formatLoad(loadavg())}`);
  const partner = await signDevToken(config.auth, { role: 'partner', org: 'vitens' });
  const steady = await steadyIntake(`${gateway.url}/graphql`, partner, pool, 20, steadySeconds);
  console.log(`steady 20 signals/s for ${steadySeconds} s, the whole hub in this process with ${households} households present: ${steady.matched} of ${steady.sent} in a case; signal to case p50 ${steady.p50.toFixed(0)} ms, p95 ${steady.p95.toFixed(0)} ms, max ${steady.max.toFixed(0)} ms; load average ${formatLoad(loadavg())}\n  reportSignals answered in p50 ${steady.answerP50.toFixed(0)} ms, p95 ${steady.answerP95.toFixed(0)} ms; slowest signal per 2 s of sending (ms): ${steady.slowestPer2s.map((ms) => ms.toFixed(0)).join(' ')}${refusals(steady)}\n${timings.report()}`);
  await gateway.close();
  for (const s of [...quiet, ...workers]) await s.close();
  // The same steady load on the hub as `npm start` runs it: each subgraph and the gateway its own process.
  const profileDir = profile ? join(process.cwd(), 'bench', 'profiles', new Date().toISOString().replace(/[:.]/g, '-')) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const hub = await startHubProcesses(config, databaseUrl, { cpuProfileDir: profileDir });
  stopHub = hub.stop;
  // Fresh processes compile their code paths on the first requests: 2 s of the same load first, not counted.
  await steadyIntake(hub.url, partner, pool, 20, 2, 2001);
  const separate = await steadyIntake(hub.url, partner, pool, 20, steadySeconds, 1001);
  console.log(`the same, each subgraph and the gateway its own process: ${separate.matched} of ${separate.sent} in a case; signal to case p50 ${separate.p50.toFixed(0)} ms, p95 ${separate.p95.toFixed(0)} ms, max ${separate.max.toFixed(0)} ms; load average ${formatLoad(loadavg())}\n  reportSignals answered in p50 ${separate.answerP50.toFixed(0)} ms, p95 ${separate.answerP95.toFixed(0)} ms; slowest signal per 2 s of sending (ms): ${separate.slowestPer2s.map((ms) => ms.toFixed(0)).join(' ')}${refusals(separate)}`);
  await hub.stop();
  if (profileDir) {
    console.log(`CPU profiles of the processes (whole lifetime, start-up included) in ${profileDir}:`);
    for (const line of describeCpuProfiles(profileDir, hub.pids)) console.log(line);
  }
  await pool.end();
  await database.drop();
  process.exit(0);
}

/** The plain pipeline did the hub's work if both databases hold the same rows of each kind. */
async function sameRows(hubUrl: string, plainUrl: string): Promise<string> {
  const counts = `select (select count(*) from household.household) as households, (select count(*) from household.resident) as residents,
    (select count(*) from household.signal_link) as links, (select count(*) from casework.cases) as cases,
    (select count(*) from casework.case_signals where case_id is not null) as case_signals, (select count(*) from casework.case_signals where consecutive) as consecutive,
    (select count(*) from evaluation.signal_facts) as signal_facts, (select count(*) from evaluation.signal_facts where opened_case) as opened,
    (select count(*) from evaluation.case_facts) as case_facts, (select coalesce(sum(signals), 0) from evaluation.signal_cells) as in_cells`;
  const read = async (url: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try { return (await client.query(counts)).rows[0] as Record<string, string>; } finally { await client.end(); }
  };
  const [hub, plain] = [await read(hubUrl), await read(plainUrl)];
  const differ = Object.keys(hub).filter((k) => hub[k] !== plain[k]);
  return `rows after both (hub's database | plain SQL's): ${Object.keys(hub).map((k) => `${k} ${hub[k]}${hub[k] === plain[k] ? '' : ` | ${plain[k]}`}`).join(', ')}${differ.length ? `; DIFFERENT: ${differ.join(', ')}` : '; the same'}`;
}

main().catch(async (error) => {
  console.error(error);
  await stopHub();
  process.exit(1);
});
