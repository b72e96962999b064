import { todayIso } from '../text';

export type Grouping = 'MONTH' | 'MUNICIPALITY' | 'PARTNER_TYPE';
const groupings: Grouping[] = ['MONTH', 'MUNICIPALITY', 'PARTNER_TYPE'];

/** What the analyst chose, kept in the address (`?van=2026-01&tot=2026-12&gemeente=0175&per=MONTH`) so a view can be shared. */
export interface Selection { fromMonth: string; toMonth: string; municipality: string; grouping: Grouping }

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

export function addMonths(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Default: the current month and the eleven before it. */
export function parseSelection(params: URLSearchParams, today = todayIso()): Selection {
  const thisMonth = today.slice(0, 7);
  const toMonth = monthPattern.test(params.get('tot') ?? '') ? params.get('tot')! : thisMonth;
  const fromMonth = monthPattern.test(params.get('van') ?? '') ? params.get('van')! : addMonths(toMonth, -11);
  const grouping = groupings.find((g) => g === params.get('per')) ?? 'MONTH';
  return { fromMonth, toMonth, municipality: params.get('gemeente') ?? '', grouping };
}

export function selectionParams(selection: Selection): Record<string, string> {
  const params: Record<string, string> = { van: selection.fromMonth, tot: selection.toMonth, per: selection.grouping };
  if (selection.municipality) params.gemeente = selection.municipality;
  return params;
}

/** The calendar dates of the selection, first day to last day. */
export function period(selection: Selection): { from: string; to: string } {
  const next = addMonths(selection.toMonth, 1);
  const last = new Date(Date.UTC(Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1, 0));
  return { from: `${selection.fromMonth}-01`, to: last.toISOString().slice(0, 10) };
}

/** Every month of the selection, so that a month without signals still has its place on the axis. */
export function monthsOf(selection: Selection): string[] {
  const months: string[] = [];
  for (let month = selection.fromMonth; month <= selection.toMonth && months.length < 120; month = addMonths(month, 1)) months.push(month);
  return months;
}
