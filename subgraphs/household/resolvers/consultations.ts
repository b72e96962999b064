import type { SubgraphContext } from '../../shared/context';
import type { Resident } from '../entities/resident.entity';
import { Consultation } from './consultation.type';

/** The resident, and every resident merged into them (their earlier records name those). */
const residentIds = 'array(select ?::text union all select from_id::text from household.resident_merge where into_id = ?::uuid)';
const householdIds = 'array(select ?::text union all select from_id::text from household.household_merge where into_id = ?::uuid)';

/** Every consultation of a resident's data and of their household, oldest first, from the access log. */
export async function consultationsOf(ctx: SubgraphContext, resident: Resident): Promise<Consultation[]> {
  // A record names one object (object_id, older records) or several (object_ids): both are
  // indexed, and each list below is computed once (an InitPlan), so both indexes serve it.
  const rows = await ctx.em.execute<Array<Record<string, any>>>(
    `select at, action, purpose, result, fields, actor_sub, actor_role from household.access_log
      where (object_type = 'Resident' and (object_id = any(${residentIds}) or object_ids && ${residentIds}))
         or (object_type = 'Household' and (object_id = any(${householdIds}) or object_ids && ${householdIds}))
      order by seq`,
    [resident.id, resident.id, resident.id, resident.id, resident.householdId, resident.householdId, resident.householdId, resident.householdId],
  );
  return rows.map((r) => Object.assign(new Consultation(), {
    at: new Date(r.at), action: r.action, purpose: r.purpose, result: r.result, fields: r.fields, actor: r.actor_sub, actorRole: r.actor_role,
  }));
}
