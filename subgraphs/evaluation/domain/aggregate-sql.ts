import { caseOutcomes, contactChannels } from './outcomes';
import { EvaluationDimension } from '../resolvers/evaluation.types';
import { amountCellSelect, caseCellSelect, caseDaysCellSelect, signalCellSelect } from './cell-sql';
import type { PeriodParts } from './period';

/** Whitelisted SQL per dimension over cells: client input never becomes SQL text. */
const dimensionColumns: Record<EvaluationDimension, string> = {
  [EvaluationDimension.MUNICIPALITY]: 'municipality_code',
  [EvaluationDimension.PARTNER_TYPE]: 'partner_type',
  [EvaluationDimension.MONTH]: 'month',
};

/** Grouped by the date of the month's first day; shown as YYYY-MM. */
const dimensionOutput = (d: EvaluationDimension, column: string) =>
  `${d === EvaluationDimension.MONTH ? `to_char(${column}, 'YYYY-MM')` : column} as ${d.toLowerCase()}`;

const inMunicipality = '(?::text is null or municipality_code = ?)';

/** Stored cells of the whole months plus cells computed from the facts of the partial months. */
function cells(table: string, factDate: string, select: (where: string) => string): string {
  const partial = `(${factDate} between ?::date and ?::date or ${factDate} between ?::date and ?::date) and ${inMunicipality}`;
  return `(select * from evaluation.${table} where month between ?::date and ?::date and ${inMunicipality}
           union all ${select(partial)}) as cells`;
}

export function cellParams(period: PeriodParts, municipality: string | null): unknown[] {
  const [head, tail] = period.partialRanges;
  return [...period.fullMonths, municipality, municipality, ...head, ...tail, municipality, municipality];
}

/** The grouped rows plus the ungrouped total (grouping sets), summed over the cells. */
function grouped(dims: EvaluationDimension[], source: string, measures: string[]): string {
  const columns = dims.map((d) => dimensionColumns[d]);
  const keys = dims.map((d, i) => dimensionOutput(d, columns[i]));
  const total = dims.length ? `grouping(${columns.join(', ')}) <> 0` : 'true';
  return `select ${[...keys, `${total} as is_total`, ...measures].join(', ')} from ${source}
          ${dims.length ? `group by grouping sets ((${columns.join(', ')}), ()) order by ${dims.map((_, i) => i + 1).join(', ')}` : ''}`;
}

const sum = (column: string) => `coalesce(sum(${column}), 0)::int as ${column}`;
const sumArray = (column: string, length: number) =>
  `array[${Array.from({ length }, (_, i) => `coalesce(sum(${column}[${i + 1}]), 0)::int`).join(', ')}] as ${column}`;

/** When every group is one cell, the cell's own stored median is the group's (the total's comes from medianSql). */
const cellMedian = (column: string) => `max(${column}) as ${column}`;

export function signalSql(dims: EvaluationDimension[], oneCellPerGroup: boolean): string {
  const source = cells('signal_cells', 'signal_date', signalCellSelect);
  const medians = oneCellPerGroup ? [cellMedian('median_amount')] : [];
  return grouped(dims, source, [...['signals', 'signals_in_case', 'repeat_signals', 'consecutive_signals', 'multiple_signals'].map(sum), ...medians]);
}

export function caseSql(dims: EvaluationDimension[], oneCellPerGroup: boolean): string {
  const source = cells('case_cells', 'opened_on', caseCellSelect);
  const medians = oneCellPerGroup ? [cellMedian('median_days_attempt'), cellMedian('median_days_contact')] : [];
  return grouped(dims, source, [
    ...['cases', 'reached', 'attempted', 'closed', 'closed_reached', 'accepted', 'referred'].map(sum),
    sumArray('attempts', contactChannels.length), sumArray('outcomes', caseOutcomes.length), ...medians,
  ]);
}

/**
 * Medians from value histograms (value, n): the value at the middle rank of each group, averaging
 * the two middle values when the count is even. Without dimensions: the total. Rows: keys,
 * is_total, measure, median. Plain group by (hashed), so only the small merged histogram is sorted.
 */
function medianSql(dims: EvaluationDimension[], source: string, measure: string): string {
  const columns = dims.map((d) => dimensionColumns[d]);
  const keys = dims.map((d, i) => `${columns[i]} as ${d.toLowerCase()}`);
  const names = ['measure', ...dims.map((d) => d.toLowerCase())];
  return `
    with histogram as (
      select ${[...keys, 'measure_key as measure', 'value', 'sum(n)::bigint as n'].join(', ')}
        from (select cells.*, ${measure} as measure_key from ${source}) as keyed group by ${[...columns, 'measure_key', 'value'].join(', ')}
    ), ranked as (
      select *, sum(n) over (partition by ${names.join(', ')} order by value)::bigint as upto,
                sum(n) over (partition by ${names.join(', ')})::bigint as total
        from histogram
    )
    select ${['measure', ...dims.map((d) => dimensionOutput(d, d.toLowerCase()))].join(', ')}, ${dims.length === 0} as is_total,
           (min(value) filter (where upto >= (total + 1) / 2) + min(value) filter (where upto >= total / 2 + 1)) / 2.0 as median
      from ranked group by ${names.join(', ')}`;
}

export const amountMedianSql = (dims: EvaluationDimension[]) =>
  medianSql(dims, cells('amount_cells', 'signal_date', amountCellSelect), `'amount'`);

export const daysMedianSql = (dims: EvaluationDimension[]) =>
  medianSql(dims, cells('case_day_cells', 'opened_on', caseDaysCellSelect), 'cells.measure');
