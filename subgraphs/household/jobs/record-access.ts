import type { RecordAccessJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';
import { appendToAccessLog } from '../domain/access-log-chain';

/**
 * Access-log records from another subgraph (case notes), appended to the one chain. Delivery is at
 * least once: a batch already appended (by its id, in this same transaction) is not appended again.
 */
export async function recordAccess(job: RecordAccessJob, { em, config }: JobContext): Promise<void> {
  if (job.batchId) {
    const claimed = await em.execute<Array<{ batch_id: string }>>(
      'insert into household.access_log_batch (batch_id) values (?) on conflict do nothing returning batch_id', [job.batchId]);
    if (claimed.length === 0) return;
  }
  await appendToAccessLog(em, job.records, config);
}
