import { Logger, parseCronItems, run, type CronItem, type Runner, type Task } from 'graphile-worker';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock';
import type { HubConfig } from '../../config';

export interface JobContext {
  em: EntityManager;
  clock: Clock;
  config: HubConfig;
}

export type JobHandler = (payload: any, ctx: JobContext) => Promise<void>;

/** Runs this subgraph's job handlers, each in its own transaction, from the shared queue. */
export async function startWorker(
  databaseUrl: string, orm: MikroORM, handlers: Record<string, JobHandler>, ctx: Omit<JobContext, 'em'>, schedule: CronItem[] = [],
): Promise<Runner | undefined> {
  if (Object.keys(handlers).length === 0) return undefined;
  const taskList: Record<string, Task> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    taskList[name] = async (payload) => {
      await orm.em.fork().transactional((em) => handler(payload, { ...ctx, em }));
    };
  }
  return run({
    connectionString: databaseUrl,
    taskList,
    parsedCronItems: parseCronItems(schedule),
    concurrency: 2,
    maxPoolSize: 3,
    pollInterval: 1000,
    noHandleSignals: true,
    logger: quietLogger,
  });
}

/** Job failures are retried by the queue; only warnings and errors are worth a line. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[worker] ${message}`);
});
