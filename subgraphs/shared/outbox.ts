import type { EntityManager } from '@mikro-orm/postgresql';

import type { JobSpec } from './job-contracts';

/**
 * Enqueues follow-up jobs in the caller's transaction (transactional outbox): the write and
 * its jobs commit together or not at all. One statement for the whole batch.
 */
export async function enqueueJobs(em: EntityManager, jobs: JobSpec[]): Promise<void> {
  if (jobs.length === 0) return;
  await em.execute(
    `select graphile_worker.add_job(j->>'task', (j->'payload')::json, job_key => j->>'key', max_attempts => 25)
       from jsonb_array_elements(?::jsonb) as j`,
    [JSON.stringify(jobs)],
  );
}
