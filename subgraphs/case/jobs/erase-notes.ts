import { uuidArray } from '../../shared/batch-loader';
import type { EraseCaseNotesJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';

/** Erases the notes (case notes and attempt notes) of every case of these households. Idempotent. */
export async function eraseCaseNotes(job: EraseCaseNotesJob, { em }: JobContext): Promise<void> {
  const households = uuidArray(job.householdIds);
  const cases = 'select id from casework.cases where household_id = any(?::uuid[])';
  await em.execute(`delete from casework.case_notes where case_id in (${cases})`, [households]);
  await em.execute(`update casework.contact_attempts set note = null where case_id in (${cases})`, [households]);
}
