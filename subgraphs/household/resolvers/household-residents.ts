import { childLists, uuidArray } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { readRows } from '../../shared/read-rows';
import { Resident } from '../entities/resident.entity';

// Surnames are encrypted: the database cannot sort them, so they are sorted here.
const bySurname = (a: Resident, b: Resident) => (a.surname ?? '').localeCompare(b.surname ?? '', 'nl') || a.id.localeCompare(b.id);

/** A household's residents by surname; a queue page reads them with its households (household.reference.ts). */
export const householdResidents = childLists(
  (ctx: SubgraphContext, householdIds) => readRows(ctx.em, Resident, 'select * from household.resident where household_id = any(?::uuid[])', [uuidArray(householdIds)]),
  (resident) => resident.householdId,
  bySurname,
);
