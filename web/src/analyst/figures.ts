import { t } from '../text';

const month = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonth = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

export type FigureKind = 'count' | 'rate' | 'days' | 'decimal';

/** "2026-03" → "mrt 2026" (axis) or "maart 2026" (text). */
export function monthLabel(yyyyMm: string, long = false): string {
  const date = new Date(`${yyyyMm}-01T00:00:00Z`);
  return (long ? longMonth : month).format(date);
}

/**
 * A figure as text. A withheld figure (null in the report) reads "afgeschermd", never 0; a figure
 * that cannot exist (no signals at all in that group) reads "geen gegevens".
 */
export function figureText(value: number | null | undefined, kind: FigureKind, present = true): string {
  if (!present) return t.analyst.notAvailable;
  if (value === null || value === undefined) return t.analyst.suppressed;
  if (kind === 'rate') return percent.format(value);
  if (kind === 'count') return whole.format(value);
  return decimal.format(value);
}

export const formatPercent = (value: number) => percent.format(value);
export const formatDecimal = (value: number) => decimal.format(value);
