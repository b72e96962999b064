import type { EraseHouseholdsJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';
import { eraseHouseholds } from '../domain/erasure';

/** The case subgraph found these households past retention (or erased on request): erase their personal data. */
export async function eraseExpiredHouseholds(job: EraseHouseholdsJob, { em, clock }: JobContext): Promise<void> {
  await eraseHouseholds(em, job.householdIds, clock.now());
}
