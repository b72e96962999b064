import type { EntityManager } from '@mikro-orm/postgresql';

import { currentScope, traceparentOf } from '../../server/trace';
import type { JobSpec } from './job-contracts';

/**
 * Enqueues follow-up jobs in the caller's transaction (transactional outbox): the write and
 * its jobs commit together or not at all. One statement for the whole batch. Each job carries
 * the trace of the request (or job) that enqueued it in its payload's `traceparent`.
 */
export async function enqueueJobs(em: EntityManager, jobs: JobSpec[]): Promise<void> {
  if (jobs.length === 0) return;
  await em.execute(
    `select graphile_worker.add_job(j->>'task', (j->'payload')::json, job_key => j->>'key', max_attempts => 25)
       from jsonb_array_elements(?::jsonb) as j`,
    [JSON.stringify(traced(jobs))],
  );
}

/** The jobs with the trace of the request (or job) under way, as `enqueueJobs` stores them. */
export function traced(jobs: JobSpec[]): JobSpec[] {
  const scope = currentScope();
  if (!scope) return jobs;
  const traceparent = traceparentOf(scope.trace);
  return jobs.map((job) => ({ ...job, payload: { ...job.payload, traceparent } }) as JobSpec);
}
