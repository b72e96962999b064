import { uuidArray } from '../../shared/batch-loader';
import type { EraseCaseNotesJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';
import { eraseCaseNotes } from '../domain/erasure';

/** A household's personal data was erased on request: the notes of its cases go too. Idempotent. */
export async function eraseHouseholdCaseNotes(job: EraseCaseNotesJob, { em, clock }: JobContext): Promise<void> {
  const cases: Array<{ id: string }> = await em.execute('select id from casework.cases where household_id = any(?::uuid[])', [uuidArray(job.householdIds)]);
  await eraseCaseNotes(em, cases.map((c) => c.id), clock.now());
}
