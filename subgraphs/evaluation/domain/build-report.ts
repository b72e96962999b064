import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../../config';
import { badInput } from '../../shared/errors';
import { EvaluationDimension, type EvaluationReport } from '../resolvers/evaluation.types';
import { amountMedianSql, caseSql, cellParams, daysMedianSql, signalSql } from './aggregate-sql';
import { mergeFigures, publishedCounts, rowPartitions, type GroupFigures } from './figures';
import { formatRow } from './format-row';
import { splitPeriod } from './period';
import { suppressCells } from './suppression';

export interface ReportQuery {
  from: string; to: string; municipality?: string; groupBy: EvaluationDimension[];
  /**
   * The medians the caller asks for (amounts: medianAmountEuro; days: medianDaysToFirstAttempt and
   * ...Contact); the others are not computed and read null. Default: all.
   */
  medians?: MedianKind[];
}

/** Each kind of median merges its own value histograms: the costly part of a report spanning several cells. */
export type MedianKind = 'amount' | 'days';
const medianSql: Record<MedianKind, typeof amountMedianSql> = { amount: amountMedianSql, days: daysMedianSql };

/** Aggregates in SQL over the stored cells; JavaScript only joins the result sets, suppresses and formats. */
export async function buildReport(em: EntityManager, config: HubConfig, query: ReportQuery): Promise<EvaluationReport> {
  if (query.from > query.to) throw badInput('from lies after to');
  if (query.municipality && !config.municipalities.some((m) => m.code === query.municipality)) throw badInput('Unknown municipality');
  const figures = await queryFigures(em, query);
  const totals = figures.find((g) => g.is_total)!;
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
  const params = cellParams(splitPeriod(query.from, query.to), query.municipality ?? null);
  const oneCell = oneCellPerGroup(query);
  const kinds = query.medians ?? ['amount', 'days'];
  const medianDims = kinds.length === 0 ? [] : oneCell ? [[]] : dims.length ? [dims, []] : [[]];
  const statements = [signalSql(dims, oneCell), caseSql(dims, oneCell), ...medianDims.flatMap((d) => kinds.map((kind) => medianSql[kind](d)))];
  const [signalRows, caseRows, ...medians] = await em.transactional(async (tx) => {
    // Histograms of amounts can outgrow the default 4 MB and spill to disk; JIT costs more than it saves here.
    await tx.execute(`set local work_mem = '32MB'; set local jit = off`);
    const results: Array<Array<Record<string, any>>> = [];
    for (const sql of statements) results.push(await tx.execute(sql, params));
    return results;
  }, { readOnly: true });
  return mergeFigures(signalRows, caseRows, medians.flat());
}

/** A cell is one month of one partner type in one municipality. */
function oneCellPerGroup({ groupBy, municipality }: ReportQuery): boolean {
  const has = (d: EvaluationDimension) => groupBy.includes(d);
  return has(EvaluationDimension.PARTNER_TYPE) && has(EvaluationDimension.MONTH) && (has(EvaluationDimension.MUNICIPALITY) || !!municipality);
}
