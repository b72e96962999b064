import { uuidArray } from '../../shared/batch-loader';
import type { EraseHouseholdsJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';

/**
 * Erases the residents and the address of these households. What stays is what evaluation and
 * the case history need: the household's id, municipality and creation date. Idempotent.
 */
export async function eraseHouseholds(job: EraseHouseholdsJob, { em, clock }: JobContext): Promise<void> {
  const ids = job.householdIds;
  await em.execute('update household.signal_link set resident_id = null where household_id = any(?::uuid[])', [uuidArray(ids)]);
  await em.execute('delete from household.resident where household_id = any(?::uuid[])', [uuidArray(ids)]);
  await em.execute(
    `update household.household
        set postcode = null, house_number = null, house_number_suffix = null,
            address_key = 'erased:' || id::text, erased_at = coalesce(erased_at, ?)
      where id = any(?::uuid[])`,
    [clock.now(), uuidArray(ids)],
  );
}
