import type { SubgraphContext } from '../../shared/context';
import type { Resident } from '../entities/resident.entity';
import { Consultation } from './consultation.type';

/** Every consultation of a resident's data and of their household, oldest first, from the access log. */
export async function consultationsOf(ctx: SubgraphContext, resident: Resident): Promise<Consultation[]> {
  const rows = await ctx.em.execute<Array<Record<string, any>>>(
    `select at, action, purpose, result, fields, actor_sub, actor_role from household.access_log
      where (object_type = 'Resident' and object_id in (select ?::text union all select from_id::text from household.resident_merge where into_id = ?::uuid))
         or (object_type = 'Household' and object_id in (select ?::text union all select from_id::text from household.household_merge where into_id = ?::uuid))
      order by seq`,
    [resident.id, resident.id, resident.householdId, resident.householdId],
  );
  return rows.map((r) => Object.assign(new Consultation(), {
    at: new Date(r.at), action: r.action, purpose: r.purpose, result: r.result, fields: r.fields, actor: r.actor_sub, actorRole: r.actor_role,
  }));
}
