import { caseOutcomes, contactChannels } from './outcomes';
import type { Cells, Partition } from './suppression';

/** One group's figures, as the two aggregate queries return them (before suppression). */
export interface GroupFigures {
  municipality?: string; partner_type?: string; month?: string; is_total: boolean;
  signals: number; signals_in_case: number; repeat_signals: number; consecutive_signals: number; multiple_signals: number;
  median_amount: number | null;
  cases: number; reached: number; attempted: number; closed: number; closed_reached: number; accepted: number; referred: number;
  median_days_attempt: number | null; median_days_contact: number | null;
  attempts: number[]; outcomes: number[];
}

const noCases = {
  median_amount: null,
  cases: 0, reached: 0, attempted: 0, closed: 0, closed_reached: 0, accepted: 0, referred: 0,
  median_days_attempt: null, median_days_contact: null,
  attempts: contactChannels.map(() => 0), outcomes: caseOutcomes.map(() => 0),
};

export const groupKey = (row: Record<string, any>) => (row.is_total ? 'total' : `${row.municipality ?? ''}|${row.partner_type ?? ''}|${row.month ?? ''}`);

const medianColumn: Record<string, string> = { amount: 'median_amount', attempt: 'median_days_attempt', contact: 'median_days_contact' };

/**
 * Joins each signal group with the case group and the medians of the same key (a case sits in
 * its opening signal's group). The total is always there, if need be with zeros.
 */
export function mergeFigures(signalRows: Array<Record<string, any>>, caseRows: Array<Record<string, any>>, medians: Array<Record<string, any>>): GroupFigures[] {
  const cases = new Map(caseRows.map((row) => [groupKey(row), row]));
  const medianOf = new Map<string, Record<string, number>>();
  for (const m of medians) medianOf.set(groupKey(m), { ...medianOf.get(groupKey(m)), [medianColumn[m.measure]]: Number(m.median) });
  const rows = signalRows.some((row) => row.is_total) ? signalRows : [...signalRows, { ...noSignals }];
  return rows.map((row) => ({ ...noCases, ...cases.get(groupKey(row)), ...row, ...medianOf.get(groupKey(row)) }) as GroupFigures);
}

const noSignals = { is_total: true, signals: 0, signals_in_case: 0, repeat_signals: 0, consecutive_signals: 0, multiple_signals: 0 };

export const outcomeField = (outcome: string) => `outcomes.${outcome}`;
export const channelField = (channel: string) => `attemptsByChannel.${channel}`;

/** The counts a row publishes; each can be withheld. */
export function publishedCounts(g: GroupFigures): Cells {
  return {
    signals: g.signals,
    casesOpened: g.cases,
    closedCases: g.closed,
    ...Object.fromEntries(caseOutcomes.map((o, i) => [outcomeField(o), g.outcomes[i]])),
    ...Object.fromEntries(contactChannels.map((c, i) => [channelField(c), g.attempts[i]])),
  };
}

/** Outcomes add up to the closed cases of the same row. */
export const rowPartitions: Partition[] = [{ total: 'closedCases', parts: caseOutcomes.map(outcomeField) }];
