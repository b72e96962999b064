import type { Pool } from 'pg';

/** Jobs in the queue (waiting, running or failed for good). */
export async function queuedJobs(pool: Pool): Promise<number> {
  return Number((await pool.query('select count(*) from graphile_worker.jobs')).rows[0].count);
}

/** Waits until every job is done, calling `progress` (if given) every 100 ms of waiting. */
export async function untilQueueEmpty(pool: Pool, progress?: () => Promise<void>): Promise<void> {
  while (await queuedJobs(pool) > 0) {
    await new Promise((r) => setTimeout(r, 100));
    await progress?.();
  }
}
