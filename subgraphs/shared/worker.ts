import { parseCronItems, run, type CronItem, type Runner, type Task } from 'graphile-worker';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock';
import type { HubConfig } from '../../config';
import type { JobPayloads, TaskName, TasksOf } from './job-contracts';
import { observeJob, workerLogger } from './job-observer';

export interface JobContext {
  em: EntityManager;
  clock: Clock;
  config: HubConfig;
}

export type JobHandler<T extends TaskName> = (payload: JobPayloads[T], ctx: JobContext) => Promise<void>;

/** The handlers of one subgraph: every task named after it, each typed by its payload. */
export type SubgraphJobs<Subgraph extends string> = { [T in TasksOf<Subgraph>]: JobHandler<T> };

/** Any subgraph's handlers, as the worker runs them. */
export type JobHandlers = { [T in TaskName]?: JobHandler<T> };

/** Runs this subgraph's job handlers, each in its own transaction, from the shared queue. */
export async function startWorker(
  databaseUrl: string, orm: MikroORM, handlers: JobHandlers, ctx: Omit<JobContext, 'em'>, schedule: CronItem[] = [],
): Promise<Runner | undefined> {
  if (Object.keys(handlers).length === 0) return undefined;
  const taskList: Record<string, Task> = {};
  for (const [name, handler] of Object.entries(handlers) as Array<[TaskName, JobHandler<never>]>) {
    taskList[name] = observeJob(name, async (payload) => {
      // The queue hands back what enqueueJobs stored under this task's name: JobPayloads[name].
      await orm.em.fork().transactional((em) => handler(payload as never, { ...ctx, em }));
    });
  }
  return run({
    connectionString: databaseUrl,
    taskList,
    parsedCronItems: parseCronItems(schedule),
    concurrency: 2,
    maxPoolSize: 3,
    pollInterval: 1000,
    noHandleSignals: true,
    logger: workerLogger,
  });
}
