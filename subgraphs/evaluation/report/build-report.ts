import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../../config';
import { badInput } from '../../shared/errors';
import { EvaluationDimension, type EvaluationReport, type EvaluationRow } from '../resolvers/evaluation.types';

export interface ReportQuery { from: string; to: string; municipality?: string; groupBy: EvaluationDimension[] }

/** Whitelisted SQL per dimension: client input never becomes SQL text. */
const dimensionSql: Record<EvaluationDimension, string> = {
  [EvaluationDimension.MUNICIPALITY]: 'municipality_code',
  [EvaluationDimension.PARTNER_TYPE]: 'partner_type',
  [EvaluationDimension.MONTH]: `to_char(signal_date, 'YYYY-MM')`,
};

/** Aggregates in SQL over the indexed facts; JavaScript only formats and suppresses. */
export async function buildReport(em: EntityManager, config: HubConfig, query: ReportQuery): Promise<EvaluationReport> {
  if (query.from > query.to) throw badInput('from lies after to');
  if (query.municipality && !config.municipalities.some((m) => m.code === query.municipality)) throw badInput('Unknown municipality');
  const dims = [...new Set(query.groupBy)];
  const keys = dims.map((d) => `${dimensionSql[d]} as ${d.toLowerCase()}`);
  const sql = `
    select ${[...keys, 'count(*)::int as signals', 'count(*) filter (where opened_case)::int as cases_opened'].join(', ')}
      from evaluation.signal_facts
     where signal_date between ? and ? and (?::text is null or municipality_code = ?)
     ${dims.length ? `group by ${dims.map((d) => dimensionSql[d]).join(', ')} order by ${dims.map((_, i) => i + 1).join(', ')}` : ''}`;
  const municipality = query.municipality ?? null;
  const rows: Array<Record<string, any>> = await em.execute(sql, [query.from, query.to, municipality, municipality]);
  const threshold = config.suppressionThreshold;
  const months = monthsBetween(query.from, query.to);
  return {
    suppressionThreshold: threshold,
    rows: rows.map((row) => {
      const population = populationOf(config, row.municipality ?? query.municipality);
      const perMonth = row.month ? 1 : months;
      const visible = (n: number) => (n >= threshold ? n : null);
      const result: EvaluationRow = {
        municipality: row.municipality, partnerType: row.partner_type, month: row.month,
        signals: visible(row.signals),
        signalsPer1000Inhabitants: row.signals >= threshold ? round((row.signals / perMonth / population) * 1000) : null,
        casesOpened: visible(row.cases_opened),
        suppressed: row.signals < threshold || row.cases_opened < threshold,
      };
      return result;
    }),
  };
}

function populationOf(config: HubConfig, municipality?: string): number {
  const scope = municipality ? config.municipalities.filter((m) => m.code === municipality) : config.municipalities;
  return scope.reduce((sum, m) => sum + m.population, 0);
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
