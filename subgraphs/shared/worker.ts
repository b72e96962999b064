import { parseCronItems, type CronItem, type Task } from 'graphile-worker';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock';
import type { HubConfig } from '../../config';
import type { JobPayloads, TaskName, TasksOf } from './job-contracts';
import { observeJob, workerLogger } from './job-observer';
import { logger } from '../../server/logger';
import { JobRunner } from './job-runner';
import { WorkerHeartbeat } from './worker-heartbeat';

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

/** Where the queue is and whose tasks these are: the subgraph's name prefixes its tasks, its schema keeps the heartbeats. */
export interface WorkerPlace { databaseUrl: string; subgraph: string; schema: string }

/** Runs this subgraph's job handlers, each in its own transaction, from the shared queue; heals itself (job-runner.ts). */
export async function startWorker(
  place: WorkerPlace, orm: MikroORM, handlers: JobHandlers, ctx: Omit<JobContext, 'em'>, schedule: CronItem[] = [],
): Promise<JobRunner | undefined> {
  if (Object.keys(handlers).length === 0) return undefined;
  const taskList: Record<string, Task> = {};
  for (const [name, handler] of Object.entries(handlers) as Array<[TaskName, JobHandler<never>]>) {
    taskList[name] = observeJob(name, async (payload) => {
      // The queue hands back what enqueueJobs stored under this task's name: JobPayloads[name].
      await orm.em.fork().transactional((em) => handler(payload as never, { ...ctx, em }));
    });
  }
  const workerLog = logger({ service: place.subgraph, part: 'job-runner' });
  const log = (line: string) => workerLog.warn(line);
  const heartbeat = new WorkerHeartbeat(orm, place.schema, `${place.subgraph}.`, ctx.config.operations.workerDeadAfterMs, log);
  const runner = new JobRunner({
    connectionString: place.databaseUrl,
    taskList,
    parsedCronItems: parseCronItems(schedule),
    concurrency: 2,
    maxPoolSize: 3,
    pollInterval: 1000,
    noHandleSignals: true,
    logger: workerLogger,
  }, heartbeat, log);
  await runner.start();
  return runner;
}
