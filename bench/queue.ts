import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig, type HubConfig } from '../config';
import { signDevToken } from '../scripts/dev-token';
import { personalDataCipher } from '../subgraphs/shared/personal-data-cipher';
import { benchDatabase } from './support/bench-database';
import { describeCpuProfiles } from './support/cpu-profile';
import { cpuSnapshot, describeCpuPerRequest, postgresPids, type CpuSnapshot } from './support/process-cpu';
import { startHubProcesses } from './support/hub-processes';
import { untilQueueEmpty } from './support/queue-drain';
import { formatLoad, graphqlCaller, header, row, runLoad, type LoadResult } from './support/load';
import { seedCases } from './support/seed-cases';
import { describeStatements, readStatements, resetStatements } from './support/statement-stats';

/**
 * `npm run bench:queue -- [cases] [seconds per phase] [--rounds=3] [--profile] [--built]`: the consultant's
 * queue through the gateway (the hub as separate processes, as `npm start` runs it; `--built`:
 * compiled into dist/ first and run with plain node, as production runs it) next to the same work
 * as plain SQL on the same PostgreSQL, in one run. See bench/README.md.
 */
const args = process.argv.slice(2);
const [cases = 5000, seconds = 10] = args.filter((a) => !a.startsWith('--')).map(Number);
const profile = args.includes('--profile');
// The lines with and without personal fields alternate this many times: the privacy machinery's
// cost is the median of the rounds' ratios (one pair of 10 s lines moved by 30% between runs here).
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 3);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds=N: N must be a whole number of at least 1');
const compiled = args.includes('--built');
const signalsPerCase = 10;
const municipality = '0175';

const personalQuery = `{ cases(first: 25) { edges { node { id crisis multiple contactDueBy overdue
  household { address { postcode houseNumber houseNumberSuffix } residents { initials surname phone } }
  signals { partnerType amountEuro arrearsSince } } } pageInfo { hasNextPage endCursor } } }`;
const impersonalQuery = `{ cases(first: 25) { edges { node { id crisis multiple contactDueBy overdue
  household { id municipality { name } }
  signals { partnerType amountEuro arrearsSince } } } pageInfo { hasNextPage endCursor } } }`;

async function main() {
  // Ports (PORT, SIGNAL_PORT, ...) and DATA_DIR (development secrets) as for `npm start`.
  const config = loadConfig();
  const database = await benchDatabase(config.databaseUrl);
  const seeding = performance.now();
  await seedCases(database.url, config, { cases, signalsPerCase, residentsPerHousehold: 2, municipality });
  console.log(`seeded ${cases} cases of municipality ${municipality}, ${cases * signalsPerCase} signals, ${cases * 2} residents in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  const profileDir = profile ? join(process.cwd(), 'bench', 'profiles', new Date().toISOString().replace(/[:.]/g, '-')) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  if (compiled) {
    // Built here, so the run never measures a dist/ older than the sources.
    const building = performance.now();
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    console.log(`compiled into dist/ in ${((performance.now() - building) / 1000).toFixed(1)} s; the hub runs as \`node dist/...\``);
  }
  const hub = await startHubProcesses(config, database.url, { cpuProfileDir: profileDir, compiled });
  const token = await signDevToken(config.auth, { role: 'consultant', municipality, sub: 'bench-consultant' });
  const sql = new Pool({ connectionString: database.url, max: 20 });
  // The migrations queue one-time jobs (household.merge_addresses reads every household): they
  // belong to the upgrade, not to the queue, so they run to the end before anything is measured.
  const draining = performance.now();
  await untilQueueEmpty(sql);
  console.log(`the migrations' one-time jobs ran to their end in ${((performance.now() - draining) / 1000).toFixed(1)} s`);
  const expectPage = (data: any) => {
    if (data?.cases?.edges?.length !== 25) throw new Error(`expected a page of 25 cases, got ${JSON.stringify(data).slice(0, 200)}`);
  };
  const personal = graphqlCaller(hub.url, token, personalQuery, (data) => {
    expectPage(data);
    if (!data.cases.edges[0].node.household.residents[0]?.surname) throw new Error('no resident data in the page');
  });
  const impersonal = graphqlCaller(hub.url, token, impersonalQuery, expectPage);
  const floor = graphqlCaller(hub.url, token, '{ __typename }', () => undefined);
  const plain = plainSqlQueue(sql, config, true);
  const plainNoDecrypt = plainSqlQueue(sql, config, false);
  await personal();
  await plain();

  console.log(`\n${cpus().length} CPUs; ${seconds} s per line after 2 s warm-up; closed loop (each client sends its next request when the last one answered)\n`);
  console.log(header);
  const results: Record<string, LoadResult> = {};
  const databasePids = await postgresPids(sql).catch(() => undefined);
  // This process too: the clients, and the plain-SQL lines' decryption and serialisation.
  const measured = { ...hub.pids, bench: process.pid };
  const run = async (label: string, call: () => Promise<void>, clients: number, baseline?: string, measureSql = false) => {
    const sqlStats = measureSql && database.statementStats;
    // Each process's CPU over the measured seconds (after the warm-up), per request answered.
    let cpuBefore: CpuSnapshot | undefined;
    const onMeasure = async () => {
      cpuBefore = cpuSnapshot(measured, databasePids);
      if (sqlStats) await resetStatements(database.url);
    };
    const result = await runLoad(call, clients, seconds, onMeasure);
    const cpuAfter = cpuSnapshot(measured, databasePids);
    results[label] = result;
    console.log(row(label, result, baseline ? results[baseline] : undefined));
    if (cpuBefore) console.log(describeCpuPerRequest(cpuBefore, cpuAfter, result.requests));
    if (sqlStats) for (const line of describeStatements(await readStatements(database.url), result.requests)) console.log(line);
  };
  await run('plain SQL + decryption, 1 client', plain, 1);
  await run('plain SQL + decryption, 20 clients', plain, 20);
  await run('plain SQL without decryption, 20 clients', plainNoDecrypt, 20);
  await run('hub: queue with personal fields, 1 client', personal, 1, 'plain SQL + decryption, 1 client');
  const privacyCosts: number[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const of = rounds > 1 ? ` (${round})` : '';
    await run(`hub: queue with personal fields, 20 clients${of}`, personal, 20, 'plain SQL + decryption, 20 clients', round === 1);
    await run(`hub: queue without personal fields, 20 clients${of}`, impersonal, 20, 'plain SQL + decryption, 20 clients', round === 1);
    privacyCosts.push(results[`hub: queue without personal fields, 20 clients${of}`].perSecond / results[`hub: queue with personal fields, 20 clients${of}`].perSecond);
  }
  await run('hub: { __typename } (gateway floor), 20 clients', floor, 20);
  const median = [...privacyCosts].sort((a, b) => a - b)[Math.floor(privacyCosts.length / 2)];
  console.log(`\nprivacy machinery (shield, decryption, access log): the queue without personal fields serves ${median.toFixed(2)}x the requests/s of the queue with them`
    + (rounds > 1 ? ` (median of ${rounds} rounds: ${privacyCosts.map((c) => c.toFixed(2)).join(', ')})` : ''));

  await sql.end();
  await hub.stop();
  if (profileDir) {
    console.log(`\nCPU profiles (whole process lifetime, start-up included) in ${profileDir}:`);
    for (const line of describeCpuProfiles(profileDir, hub.pids)) console.log(line);
  }
  await database.drop();
  console.log(`\nload average at the end: ${formatLoad(loadavg())}`);
  process.exit(0);
}

/**
 * The same page as one SQL statement across the subgraphs' schemas (what no subgraph may do,
 * which is why it is the bound): the 25 most urgent cases with their household's address,
 * residents and signals, decrypted and serialised as the hub would answer them.
 */
function plainSqlQueue(pool: Pool, config: HubConfig, decrypt: boolean): () => Promise<void> {
  const cipher = personalDataCipher(config.privacy.personalData);
  const open = (table: string, column: string, rowId: string, stored: string | null) =>
    !decrypt || stored == null ? stored : JSON.parse(cipher.decryptAt(stored, { table: `household.${table}`, column, rowId }));
  return async () => {
    const { rows } = await pool.query(
      `select c.id, c.crisis, c.multiple, c.contact_due_by::text as due, c.status, c.first_attempt_on, c.urgency_rank,
              h.id as household_id, h.postcode, h.house_number, h.house_number_suffix,
              (select json_agg(json_build_object('id', r.id, 'initials', r.initials, 'surname', r.surname, 'phone', r.phone))
                 from household.resident r where r.household_id = h.id) as residents,
              (select json_agg(json_build_object('partnerType', s.partner_type, 'amountEuro', s.amount_euro, 'arrearsSince', s.arrears_since)
                        order by cs.received_at, cs.signal_id)
                 from casework.case_signals cs join signal.signal s on s.id = cs.signal_id where cs.case_id = c.id) as signals
         from casework.cases c join household.household h on h.id = c.household_id
        where c.municipality_code = $1
        order by c.urgency_rank, c.contact_due_by, c.id limit 26`,
      [municipality],
    );
    const today = new Date().toISOString().slice(0, 10);
    const edges = rows.slice(0, 25).map((r) => ({
      node: {
        id: r.id, crisis: r.crisis, multiple: r.multiple, contactDueBy: r.due,
        overdue: r.status !== 'CLOSED' && !r.first_attempt_on && r.due < today,
        household: {
          address: { postcode: open('household', 'postcode', r.household_id, r.postcode), houseNumber: open('household', 'house_number', r.household_id, r.house_number), houseNumberSuffix: open('household', 'house_number_suffix', r.household_id, r.house_number_suffix) },
          residents: (r.residents ?? []).map((x: any) => ({ initials: open('resident', 'initials', x.id, x.initials), surname: open('resident', 'surname', x.id, x.surname), phone: open('resident', 'phone', x.id, x.phone) }))
            .sort((a: any, b: any) => String(a.surname).localeCompare(String(b.surname), 'nl')),
        },
        signals: r.signals ?? [],
      },
    }));
    if (edges.length !== 25) throw new Error('plain SQL: expected 25 cases');
    JSON.stringify({ data: { cases: { edges, pageInfo: { hasNextPage: rows.length > 25 } } } });
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
