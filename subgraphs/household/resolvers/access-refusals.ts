import type { SubgraphContext } from '../../shared/context';
import { badInput } from '../../shared/errors';
import { AccessRefusal } from './access-refusal.type';

export const maxRefusalsPage = 1000;

/** Refused accesses with `from <= at < to`, oldest first, a page at a time (after: a seq). */
export async function refusalsOf(ctx: SubgraphContext, from: Date, to: Date, first: number, after?: string): Promise<AccessRefusal[]> {
  if (!(from < to)) throw badInput('from must lie before to');
  if (!Number.isInteger(first) || first < 1 || first > maxRefusalsPage) throw badInput(`first must be from 1 to ${maxRefusalsPage}`);
  if (after != null && !/^\d{1,18}$/.test(after)) throw badInput('after must be the seq of a refusal');
  const rows = await ctx.em.execute<Array<Record<string, any>>>(
    // A refusal is stored one object per record (see groupByObject): a page never splits a record.
    `select seq::text as position, at, action, object_type, coalesce(object_id, array_to_string(object_ids, ',')) as object_id, fields, purpose, origin, actor_sub, actor_role
       from household.access_log
      where result = 'denied' and at >= ? and at < ? and seq > ?::bigint order by access_log.seq limit ?`,
    [from, to, after ?? '0', first],
  );
  return rows.map((r) => Object.assign(new AccessRefusal(), {
    seq: r.position, at: new Date(r.at), action: r.action, objectType: r.object_type, objectId: r.object_id, fields: r.fields,
    purpose: r.purpose, origin: r.origin, actor: r.actor_sub, actorRole: r.actor_role,
  }));
}
