/**
 * A report period split in whole months (read from the stored cells) and at most two partial
 * months at its edges (aggregated from the facts). Dates are YYYY-MM-DD; null means none.
 */
export interface PeriodParts {
  fullMonths: [string, string] | [null, null];
  partialRanges: [[string | null, string | null], [string | null, string | null]];
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
const addMonths = (month: string, n: number) => { const d = day(month); d.setUTCMonth(d.getUTCMonth() + n); return iso(d); };
const monthEnd = (date: string) => { const d = day(addMonths(monthStart(date), 1)); d.setUTCDate(0); return iso(d); };

export function splitPeriod(from: string, to: string): PeriodParts {
  const startsWhole = from === monthStart(from);
  const endsWhole = to === monthEnd(to);
  const sameMonth = monthStart(from) === monthStart(to);
  const firstFull = startsWhole ? monthStart(from) : addMonths(monthStart(from), 1);
  const lastFull = endsWhole ? monthStart(to) : addMonths(monthStart(to), -1);
  const head: [string | null, string | null] = startsWhole ? [null, null] : [from, sameMonth ? to : monthEnd(from)];
  const tail: [string | null, string | null] = endsWhole || (sameMonth && !startsWhole) ? [null, null] : [sameMonth ? from : monthStart(to), to];
  return { fullMonths: firstFull <= lastFull ? [firstFull, lastFull] : [null, null], partialRanges: [head, tail] };
}
