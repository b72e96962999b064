import type { RecordAccessJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';
import { appendToAccessLog } from '../domain/access-log-chain';

/** Access-log records from another subgraph (case notes), appended to the one chain. */
export async function recordAccess(job: RecordAccessJob, { em }: JobContext): Promise<void> {
  await appendToAccessLog(em, job.records);
}
