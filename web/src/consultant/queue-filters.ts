import type { CaseFilter } from '../gql/graphql';

export const queueFilters = ['open', 'mine', 'overdue', 'crisis', 'multiple'] as const;
export type QueueFilter = (typeof queueFilters)[number];

/** Each tab of the werkbak as a filter of the hub's queue (the counts query uses the same ones). */
export const filterOf: Record<QueueFilter, CaseFilter> = {
  open: { status: 'OPEN' },
  mine: { assignedToMe: true, active: true },
  overdue: { overdue: true },
  crisis: { crisis: true, active: true },
  multiple: { multiple: true, active: true },
};

export function parseFilter(value: string | null): QueueFilter {
  return (queueFilters as readonly string[]).includes(value ?? '') ? (value as QueueFilter) : 'open';
}
