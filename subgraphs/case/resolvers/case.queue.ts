import type { FilterQuery } from '@mikro-orm/core';
import { today } from '../../shared/clock';
import { readRows } from '../../shared/read-rows';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/connection';
import type { SubgraphContext } from '../../shared/context';
import { Case } from '../entities/case.entity';
import { CaseStatus } from '../domain/case-status';
import type { CaseConnection, CaseFilter } from './case.connection';

/** The consultant's work queue: own municipality only, crisis first, then the nearest deadline. */
export async function caseQueue(ctx: SubgraphContext, filter: CaseFilter | undefined, first?: number, after?: string): Promise<CaseConnection> {
  const size = pageSize(first);
  const where: FilterQuery<Case>[] = [{ municipalityCode: ctx.viewer.municipality! }];
  if (filter?.status) where.push({ status: filter.status });
  if (filter?.active !== undefined && filter.active !== null) where.push({ status: filter.active ? { $ne: CaseStatus.CLOSED } : CaseStatus.CLOSED });
  if (filter?.assignedToMe) where.push({ assignee: ctx.viewer.sub });
  const crisis = filter?.crisis ?? filter?.priority;
  if (crisis !== undefined && crisis !== null) where.push({ crisis });
  if (filter?.multiple !== undefined && filter.multiple !== null) where.push({ multiple: filter.multiple });
  if (filter?.overdue !== undefined && filter.overdue !== null) where.push(overdueCondition(filter.overdue, today(ctx.clock)));
  const counted = [...where];
  const cursor = decodeCursor(after, ['int', 'date', 'uuid']) as [number, string, string] | undefined;
  if (cursor) {
    const [rank, due, id] = cursor;
    where.push({ $or: [
      { urgencyRank: { $gt: rank } },
      { urgencyRank: rank, contactDueBy: { $gt: due } },
      { urgencyRank: rank, contactDueBy: due, id: { $gt: id } },
    ] });
  }
  // The conditions are the ORM's (built from typed filters, never from client JSON); the page is
  // read without its bookkeeping (identity map, snapshots): it is only shown.
  const query = ctx.em.createQueryBuilder(Case).select('*').where({ $and: where })
    .orderBy([{ urgencyRank: 'asc' }, { contactDueBy: 'asc' }, { id: 'asc' }]).limit(size + 1);
  const { sql, bindings } = query.getKnexQuery().toSQL();
  const rows = await readRows(ctx.em, Case, sql, [...bindings]);
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor([node.urgencyRank, node.contactDueBy, node.id]) }));
  return { edges, countAll: () => ctx.em.count(Case, { $and: counted }), pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor } };
}

/** Overdue: not closed, past its deadline, and no contact attempt recorded yet. */
export function overdueCondition(overdue: boolean, on: string): FilterQuery<Case> {
  const isOverdue: FilterQuery<Case> = { status: { $ne: CaseStatus.CLOSED }, contactDueBy: { $lt: on }, firstAttemptOn: null };
  return overdue ? isOverdue : { $not: isOverdue };
}
