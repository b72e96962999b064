import { SingleBar } from 'cli-progress';
import { print } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ReportSignalsDocument } from '../web/src/gql/graphql';
import { parseSignalsCsv } from '../web/src/signals-csv/parse';
import { resultsCsv, summarise } from '../web/src/signals-csv/results-csv';
import { sendRows, type BatchAnswer } from '../web/src/signals-csv/send';
import { t, todayIso } from '../web/src/text';

/**
 * `npm run signals:upload -- --file export.csv`: the portal's upload for automated monthly exports.
 * The same reading and checks as the web app; exit code 0 when every row was accepted, 1 when some
 * were rejected, 2 when nothing could be sent.
 */
export async function upload(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' }, url: { type: 'string', default: 'http://127.0.0.1:4000' },
      token: { type: 'string' }, 'token-file': { type: 'string' }, results: { type: 'string' }, 'batch-size': { type: 'string' },
    },
  });
  const token = values.token ?? (values['token-file'] && existsSync(values['token-file']) ? readFileSync(values['token-file'], 'utf8').trim() : undefined);
  if (!values.file || !existsSync(values.file) || !token) {
    console.error(t.cli.usage);
    return 2;
  }
  const file = parseSignalsCsv(readFileSync(values.file, 'utf8'), todayIso());
  if (file.fileProblems.length) {
    console.error(t.cli.fileProblem(file.fileProblems.join(' ')));
    return 2;
  }
  const wrong = file.rows.filter((row) => row.problems.length).length;
  console.log(t.cli.checked(file.rows.length, file.rows.length - wrong, wrong));

  const bar = new SingleBar({ format: '{bar} {value}/{total} signalen', hideCursor: true, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000 });
  bar.start(file.rows.length - wrong, 0);
  const results = await sendRows(file.rows, (signals) => sendBatch(`${values.url!.replace(/\/$/, '')}/graphql`, token, signals), (done) => bar.update(done), Number(values['batch-size'] ?? 1000));
  bar.stop();

  const resultsFile = values.results ?? values.file.replace(/(\.csv)?$/i, '.resultaat.csv');
  writeFileSync(resultsFile, `\uFEFF${resultsCsv(results)}`);
  const { accepted, rejected } = summarise(results);
  for (const r of results.filter((x) => !x.accepted)) console.log(t.cli.rejectedLine(r.line, r.externalId, r.reason));
  console.log(t.cli.summary(accepted, rejected));
  console.log(t.cli.results(resultsFile));
  return rejected > 0 ? 1 : 0;
}

async function sendBatch(url: string, token: string, signals: unknown[]): Promise<BatchAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(ReportSignalsDocument), variables: { signals } }),
  });
  const body = (await response.json()) as { data?: { reportSignals: BatchAnswer }; errors?: Array<{ message: string }> };
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data.reportSignals;
}

if (require.main === module) {
  upload(process.argv.slice(2)).then((code) => process.exit(code), (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}
