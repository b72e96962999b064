import type { ServerResponse } from 'node:http';
import { sendGraphQLError } from '../../server/http';
import { isCalendarDate } from '../../subgraphs/shared/scalars';
import type { GatewayRoute } from '../routes';
import { rowFigures, type RowFigure } from '../../subgraphs/evaluation/domain/published-figures';
import { toCsv } from './csv';

type Figure = number | null;
type CsvRow = Record<RowFigure, Figure> & {
  municipality: string | null; partnerType: string | null; month: string | null; suppressed: boolean;
  attemptsByChannel: Array<{ channel: string; attempts: Figure; attemptsPerCase: Figure }>;
  outcomes: Array<{ outcome: string; cases: Figure }>;
};
interface CsvReport { suppressionThreshold: number; rows: CsvRow[]; totals: CsvRow }

const evaluationQuery = `
  query EvaluationCsv($from: Date!, $to: Date!, $municipality: String, $groupBy: [EvaluationDimension!]) {
    evaluation(from: $from, to: $to, municipality: $municipality, groupBy: $groupBy) {
      suppressionThreshold
      rows { ...Figures }
      totals { ...Figures }
    }
  }
  fragment Figures on EvaluationRow {
    municipality partnerType month ${rowFigures.join(' ')} suppressed
    attemptsByChannel { channel attempts attemptsPerCase }
    outcomes { outcome cases }
  }`;

const dimensions = ['MUNICIPALITY', 'PARTNER_TYPE', 'MONTH'];

/** `GET /evaluation.csv`: the evaluation report for spreadsheets, under the same rules as the GraphQL query. */
export const evaluationCsvRoute: GatewayRoute = {
  method: 'GET',
  path: '/evaluation.csv',
  async handle(req, res, _body, ctx) {
    const parsed = parseParameters(new URL(req.url ?? '/', 'http://localhost').searchParams);
    if ('problem' in parsed) return sendGraphQLError(res, 400, 'BAD_USER_INPUT', parsed.problem);
    const { data, errors } = await ctx.execute<{ evaluation: CsvReport }>(evaluationQuery, parsed);
    if (errors?.length || !data) return sendErrors(res, errors ?? [{ message: 'No data' }]);
    const report = data.evaluation;
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="evaluation.csv"',
      'x-suppression-threshold': String(report.suppressionThreshold),
    });
    res.end(reportCsv(report));
  },
};

type Parameters = { from: string; to: string; municipality?: string; groupBy: string[] };

function parseParameters(search: URLSearchParams): Parameters | { problem: string } {
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  for (const [name, value] of [['from', from], ['to', to]]) {
    if (!isCalendarDate(value)) return { problem: `${name} is required: a real calendar date written as YYYY-MM-DD` };
  }
  const groupBy = (search.get('groupBy') ?? '').split(',').map((d) => d.trim()).filter(Boolean);
  const unknown = groupBy.filter((d) => !dimensions.includes(d));
  if (unknown.length) return { problem: `groupBy takes a comma-separated list of ${dimensions.join(', ')}; unknown: ${unknown.join(', ')}` };
  const municipality = search.get('municipality') || undefined;
  return { from, to, groupBy, ...(municipality ? { municipality } : {}) };
}

const statusOf: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

function sendErrors(res: ServerResponse, errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>): void {
  const code = String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const status = statusOf[code] ?? 500;
  sendGraphQLError(res, status, code, status === 500 ? 'Internal server error' : errors[0].message);
}

function reportCsv(report: CsvReport): string {
  const channels = report.totals.attemptsByChannel.map((a) => a.channel);
  const outcomes = report.totals.outcomes.map((o) => o.outcome);
  const header = [
    'row', 'municipality', 'partnerType', 'month', ...rowFigures,
    ...channels.flatMap((c) => [`attempts.${c}`, `attemptsPerCase.${c}`]), ...outcomes.map((o) => `outcomes.${o}`), 'suppressed',
  ];
  const line = (kind: string, row: CsvRow) => [
    kind, row.municipality, row.partnerType, row.month, ...rowFigures.map((f) => row[f]),
    ...row.attemptsByChannel.flatMap((a) => [a.attempts, a.attemptsPerCase]), ...row.outcomes.map((o) => o.cases), row.suppressed,
  ];
  return toCsv(header, [...report.rows.map((row) => line('group', row)), line('total', report.totals)]);
}
