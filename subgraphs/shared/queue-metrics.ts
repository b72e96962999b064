import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge } from 'prom-client';
import { logger } from '../../server/logger';

interface QueueRow { task: string; waiting: number; oldest_age: number; failed: number }

/** Each subgraph reports the queue of its own tasks (`<subgraph>.*`), read from the database at each scrape. */
const sources = new Map<string, { tasks: string[]; orm: MikroORM }>();

async function readQueue(): Promise<QueueRow[]> {
  const rows: QueueRow[] = [];
  for (const [subgraph, { tasks, orm }] of sources) {
    try {
      const found = await orm.em.getConnection().execute<QueueRow[]>(
        `select task_identifier as task,
                count(*) filter (where attempts < max_attempts and run_at <= now() and locked_at is null)::int as waiting,
                coalesce(extract(epoch from now() - min(run_at) filter (where attempts < max_attempts and run_at <= now() and locked_at is null)), 0)::float as oldest_age,
                count(*) filter (where attempts >= max_attempts and locked_at is null)::int as failed
           from graphile_worker.jobs where task_identifier = any(string_to_array(?, ',')) group by task_identifier`, [tasks.join(',')]);
      // Every task of the subgraph has a series, 0 when it has no jobs: an alert sees a value, not an absence.
      rows.push(...tasks.map((task) => found.find((r) => r.task === task) ?? { task, waiting: 0, oldest_age: 0, failed: 0 }));
    } catch (error) {
      // No figures is better than a failed scrape: the process's other metrics still arrive.
      logger({ service: subgraph }).warn({ err: error }, 'could not read the job queue for metrics');
    }
  }
  return rows;
}

let pending: Promise<QueueRow[]> | undefined;
/** The three gauges are collected together: one query per scrape, not three. */
function queueOnce(): Promise<QueueRow[]> {
  pending ??= readQueue().finally(() => setImmediate(() => { pending = undefined; }));
  return pending;
}

function queueGauge(name: string, help: string, value: (row: QueueRow) => number) {
  return new Gauge({
    name, help, labelNames: ['task'] as const,
    async collect() {
      this.reset();
      for (const row of await queueOnce()) this.set({ task: row.task }, value(row));
    },
  });
}

queueGauge('hub_queue_jobs_waiting', 'Jobs due and waiting for a worker, by task.', (r) => r.waiting);
queueGauge('hub_queue_oldest_waiting_job_age_seconds', 'How long the oldest due job has waited for a worker, by task (0: none waiting).', (r) => r.oldest_age);
queueGauge('hub_queue_jobs_failed_permanently', 'Jobs that used all their attempts and will not run again until retried (npm run jobs:failed), by task.', (r) => r.failed);

/** Reports this subgraph's tasks in the queue gauges until the returned function is called. */
export function reportQueue(subgraph: string, tasks: string[], orm: MikroORM): () => void {
  const source = { tasks, orm };
  if (tasks.length === 0) return () => undefined;
  sources.set(subgraph, source);
  return () => { if (sources.get(subgraph) === source) sources.delete(subgraph); };
}
