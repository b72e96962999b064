import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { evaluationSubgraph } from '../subgraphs/evaluation';
import { buildReport, type ReportQuery } from '../subgraphs/evaluation/domain/build-report';
import { EvaluationDimension as D } from '../subgraphs/evaluation/resolvers/evaluation.types';
import { migrateDatabase } from '../subgraphs/migrate';
import { openOrm } from '../subgraphs/shared/db';
import { refreshCaseCells, refreshSignalCells } from '../subgraphs/evaluation/jobs/refresh-cells';
import { loadFacts } from './load-facts';

/** `npm run bench:evaluation -- [admin-url] [signals] [keep | a kept bench_evaluation_... database to time again]`: a 12-month report over a million synthetic signals. */
async function main() {
  const [adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres', signals = '1000000', keep] = process.argv.slice(2);
  const database = `bench_evaluation_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  if (keep?.startsWith('bench_evaluation_')) return timeReports(Object.assign(url, { pathname: `/${keep}` }).toString());
  await admin(adminUrl, `create database ${database}`);
  try {
    await migrateDatabase(url.toString());
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    const started = Date.now();
    const counts = await loadFacts(db, Number(signals)).finally(() => db.end());
    console.log(`loaded ${counts.signals} signal facts and ${counts.cases} case facts in ${Date.now() - started} ms`);
    await timeReports(url.toString());
  } finally {
    if (keep === 'keep') console.log(`kept database ${database}`);
    else await admin(adminUrl, `drop database if exists ${database} with (force)`);
  }
}

async function timeReports(databaseUrl: string) {
  const secret = randomBytes(32).toString('base64url');
  const config = loadConfig({ AUTH_JWT_SECRET: secret, SUBGRAPH_SIGNING_SECRET: secret, LOOKUP_HASH_KEY: secret, EVALUATION_PSEUDONYM_KEY: secret, DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-')) });
  const orm = await openOrm(databaseUrl, evaluationSubgraph.database);
  const year = { from: '2026-01-01', to: '2026-12-31' };
  const reports: Array<[string, ReportQuery]> = [
    ['12 months by municipality, partner type, month', { ...year, groupBy: [D.MUNICIPALITY, D.PARTNER_TYPE, D.MONTH] }],
    ['12 months by municipality and month', { ...year, groupBy: [D.MUNICIPALITY, D.MONTH] }],
    ['12 months, Ommen only, by partner type', { ...year, municipality: '0175', groupBy: [D.PARTNER_TYPE] }],
    ['12 months, not grouped', { ...year, groupBy: [] }],
  ];
  for (const [name, query] of reports) {
    const times: number[] = [];
    let rows = 0;
    for (let run = 0; run < 6; run++) {
      const started = process.hrtime.bigint();
      rows = (await buildReport(orm.em.fork() as any, config, query)).rows.length;
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const [first, ...warm] = times;
    warm.sort((a, b) => a - b);
    console.log(`${name}: ${rows} rows; first ${first.toFixed(0)} ms, then min ${warm[0].toFixed(0)} / median ${warm[2].toFixed(0)} / max ${warm[4].toFixed(0)} ms`);
  }
  await timeDashboard(orm, config, year);
  await timeCellRefresh(orm);
  await orm.close(true);
}

/**
 * The web app's dashboard (web/src/analyst/operations.ts): one request whose reports (two when the
 * table is by month, else three) the evaluation subgraph resolves side by side on the request's
 * entity manager, as here.
 */
async function timeDashboard(orm: Awaited<ReturnType<typeof openOrm>>, config: ReturnType<typeof loadConfig>, year: { from: string; to: string }) {
  const cases = [
    ['all municipalities, table by month', undefined, [[D.MONTH, D.PARTNER_TYPE], [D.MONTH]]],
    ['all municipalities, table by municipality', undefined, [[D.MONTH, D.PARTNER_TYPE], [D.MONTH], [D.MUNICIPALITY]]],
    ['Hardenberg, table by partner type', '0160', [[D.MONTH, D.PARTNER_TYPE], [D.MONTH], [D.PARTNER_TYPE]]],
  ] as const;
  // As the app asks (no medians for the signals by partner type, only the days medians for the others), and, in the same run, with every median computed.
  for (const allMedians of [false, true]) {
    for (const [name, municipality, groupings] of cases) {
      const times: number[] = [];
      for (let run = 0; run < 6; run++) {
        const em = orm.em.fork() as any;
        const started = process.hrtime.bigint();
        await Promise.all(groupings.map((groupBy, i) => buildReport(em, config, { ...year, municipality, groupBy: [...groupBy], medians: allMedians ? ['amount', 'days'] : i > 0 ? ['days'] : [] })));
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      const [first, ...warm] = times;
      warm.sort((a, b) => a - b);
      console.log(`dashboard${allMedians ? ' (every median computed)' : ''}, 12 months, ${name} (${groupings.length} reports): first ${first.toFixed(0)} ms, then min ${warm[0].toFixed(0)} / median ${warm[2].toFixed(0)} / max ${warm[4].toFixed(0)} ms`);
    }
  }
}

/** What the refresh job pays per stale cell. */
async function timeCellRefresh(orm: Awaited<ReturnType<typeof openOrm>>) {
  const cell = { month: '2026-06-01', municipality: '0160', partnerType: 'HEALTH_INSURANCE' };
  for (const [name, refresh] of [['signal', refreshSignalCells], ['case', refreshCaseCells]] as const) {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = process.hrtime.bigint();
      await orm.em.fork().transactional((em) => refresh(em as any, [cell]));
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    console.log(`refreshing one ${name} cell (${cell.month}, ${cell.municipality}, ${cell.partnerType}): ${times.map((t) => t.toFixed(0)).join(' / ')} ms`);
  }
}

async function admin(adminUrl: string, sql: string) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
