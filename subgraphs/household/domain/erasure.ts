import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../shared/batch-loader';
import { tasks, type EraseCaseNotesJob } from '../../shared/job-contracts';
import { enqueueJobs } from '../../shared/outbox';
import type { Resident } from '../entities/resident.entity';

/**
 * Erases the residents and the address of these households. What stays is what evaluation and
 * the case history need: the household's id, municipality and creation date. Idempotent.
 */
export async function eraseHouseholds(em: EntityManager, householdIds: string[], now: Date): Promise<void> {
  const ids = uuidArray(householdIds);
  await em.execute('update household.signal_link set resident_id = null where household_id = any(?::uuid[])', [ids]);
  await em.execute('delete from household.resident where household_id = any(?::uuid[])', [ids]);
  await eraseAddresses(em, householdIds, now);
}

/** Erasure on request of one resident; the last resident of a household takes its address and case notes along. */
export async function eraseResident(em: EntityManager, resident: Resident, now: Date): Promise<boolean> {
  await em.execute('update household.signal_link set resident_id = null where resident_id = ?', [resident.id]);
  await em.execute('delete from household.resident where id = ?', [resident.id]);
  const [{ remaining }] = await em.execute<Array<{ remaining: number }>>(
    'select count(*)::int as remaining from household.resident where household_id = ?', [resident.householdId]);
  if (remaining > 0) return false;
  await eraseAddresses(em, [resident.householdId], now);
  const job: EraseCaseNotesJob = { householdIds: [resident.householdId] };
  await enqueueJobs(em, [{ task: tasks.eraseCaseNotes, payload: job }]);
  return true;
}

async function eraseAddresses(em: EntityManager, householdIds: string[], now: Date): Promise<void> {
  await em.execute(
    `update household.household
        set postcode = null, house_number = null, house_number_suffix = null, street = null, city = null,
            address_key = 'erased:' || id::text, erased_at = coalesce(erased_at, ?)
      where id = any(?::uuid[])`,
    [now, uuidArray(householdIds)],
  );
}
