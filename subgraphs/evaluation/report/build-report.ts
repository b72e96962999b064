import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../../config';
import { badInput } from '../../shared/errors';
import { EvaluationDimension, type EvaluationReport } from '../resolvers/evaluation.types';
import { caseAggregatesSql, signalAggregatesSql } from './aggregate-sql';
import { mergeFigures, publishedCounts, rowPartitions, type GroupFigures } from './figures';
import { formatRow } from './format-row';
import { suppressCells } from './suppression';

export interface ReportQuery { from: string; to: string; municipality?: string; groupBy: EvaluationDimension[] }

/** Aggregates in SQL over the indexed facts; JavaScript only joins the two result sets, suppresses and formats. */
export async function buildReport(em: EntityManager, config: HubConfig, query: ReportQuery): Promise<EvaluationReport> {
  if (query.from > query.to) throw badInput('from lies after to');
  if (query.municipality && !config.municipalities.some((m) => m.code === query.municipality)) throw badInput('Unknown municipality');
  const figures = await queryFigures(em, query);
  const totals = figures.find((g) => g.is_total) ?? emptyTotals();
  const rows = query.groupBy.length ? figures.filter((g) => !g.is_total) : [totals];
  const threshold = config.suppressionThreshold;
  const hidden = suppressCells(rows.map(publishedCounts), publishedCounts(totals), threshold, rowPartitions);
  const scope = { config, query, threshold };
  return {
    suppressionThreshold: threshold,
    rows: rows.map((g, i) => formatRow(g, hidden.rows[i], scope)),
    totals: formatRow({ ...totals, municipality: undefined, partner_type: undefined, month: undefined }, hidden.totals, scope),
  };
}

async function queryFigures(em: EntityManager, query: ReportQuery): Promise<GroupFigures[]> {
  const dims = [...new Set(query.groupBy)];
  const municipality = query.municipality ?? null;
  const params = [query.from, query.to, municipality, municipality];
  const [signalRows, caseRows] = await Promise.all([
    em.execute(signalAggregatesSql(dims), params),
    em.execute(caseAggregatesSql(dims), params),
  ]);
  return mergeFigures(signalRows, caseRows);
}

function emptyTotals(): GroupFigures {
  return mergeFigures([{ is_total: true, signals: 0, signals_in_case: 0, repeat_signals: 0, consecutive_signals: 0, multiple_signals: 0, median_amount: null }], [])[0];
}
