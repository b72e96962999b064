import { batchLoader, perRequest, uuidArray } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { readRows } from '../../shared/read-rows';
import { Resident } from '../entities/resident.entity';

/** Residents read together with their households in this request (see household.reference.ts). */
const primed = new WeakMap<SubgraphContext, Map<string, Resident[]>>();

export function primeResidents(ctx: SubgraphContext, byHousehold: Array<[string, Resident[]]>): void {
  const known = primed.get(ctx) ?? new Map<string, Resident[]>();
  for (const [householdId, residents] of byHousehold) known.set(householdId, residents.sort(bySurname));
  primed.set(ctx, known);
}

const residentsByHousehold = perRequest((ctx: SubgraphContext) => batchLoader(async (ids: string[]) => {
  const rows = (await readRows(ctx.em, Resident, 'select * from household.resident where household_id = any(?::uuid[])', [uuidArray(ids)])).sort(bySurname);
  const map = new Map<string, Resident[]>(ids.map((id) => [id, []]));
  for (const resident of rows) map.get(resident.householdId)!.push(resident);
  return map;
}));

// Surnames are encrypted: the database cannot sort them, so they are sorted here.
const bySurname = (a: Resident, b: Resident) => (a.surname ?? '').localeCompare(b.surname ?? '', 'nl') || a.id.localeCompare(b.id);

/** A household's residents by surname: those read with the household, else all households' of this tick in one statement. */
export async function residentsOf(ctx: SubgraphContext, householdId: string): Promise<Resident[]> {
  return primed.get(ctx)?.get(householdId) ?? (await residentsByHousehold(ctx)(householdId)) ?? [];
}
