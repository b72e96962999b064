import type { JobPayloads, TaskName } from '../../subgraphs/shared/job-contracts';
import type { TestHub } from './hub';

/** Enqueues jobs the way another subgraph does (tests change no data any other way), and waits until they ran. */
export async function enqueue<T extends TaskName>(hub: TestHub, task: T, payloads: Array<JobPayloads[T]>): Promise<void> {
  for (const payload of payloads) await hub.db.query('select graphile_worker.add_job($1, $2::json)', [task, JSON.stringify(payload)]);
  await hub.waitForJobs();
}
