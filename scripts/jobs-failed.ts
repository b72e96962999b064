import { Logger, makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import { configFor } from '../config';
import { safeErrorText } from '../server/safe-error';
import { hubDatabaseUrl } from './embedded-postgres';

const usage = 'npm run jobs:failed -- [list | retry <id>... | discard <id>...]';

interface FailedJob { id: string; task_identifier: string; attempts: number; max_attempts: number; updated_at: Date; last_error: string | null }

/**
 * `npm run jobs:failed`: the jobs that used all their attempts (the queue runs them no more), and
 * what an operator does with one once its cause is fixed: run it again, or discard it.
 * Uses the queue's own functions (graphile-worker's WorkerUtils); a running job is never touched.
 */
async function main() {
  const [command = 'list', ...ids] = process.argv.slice(2);
  if (!['list', 'retry', 'discard'].includes(command) || (command !== 'list' && (ids.length === 0 || !ids.every((id) => /^\d+$/.test(id))))) {
    console.error(`Usage: ${usage}`);
    process.exitCode = 2;
    return;
  }
  const config = configFor(['DATABASE_URL']);
  const utils = await makeWorkerUtils({ connectionString: hubDatabaseUrl(config), logger: new Logger(() => () => undefined) });
  try {
    const failed = await failedJobs(utils);
    if (command === 'list') return list(failed);
    const unknown = ids.filter((id) => !failed.some((job) => job.id === id));
    if (unknown.length) console.error(`Not a permanently failed job (see \`npm run jobs:failed\`): ${unknown.join(', ')}`);
    const chosen = ids.filter((id) => !unknown.includes(id));
    const done = command === 'retry'
      ? await retry(utils, chosen)
      : chosen.length ? await utils.completeJobs(chosen) : [];
    const taskOf = (id: string) => failed.find((job) => job.id === id)?.task_identifier;
    for (const { id } of done) console.log(`${command === 'retry' ? 'Queued again' : 'Discarded'}: job ${id} (${taskOf(String(id))})`);
    if (unknown.length || done.length < chosen.length) process.exitCode = 1;
  } finally {
    await utils.release();
  }
}

async function failedJobs(utils: WorkerUtils): Promise<FailedJob[]> {
  return utils.withPgClient(async (client) => (await client.query<FailedJob>(
    `select id::text, task_identifier, attempts, max_attempts, updated_at, last_error from graphile_worker.jobs
      where attempts >= max_attempts and locked_at is null order by id`)).rows);
}

/**
 * The queue's own reschedule_jobs with attempts reset to 0, so the job gets all its attempts again
 * (WorkerUtils.rescheduleJobs cannot: it passes a 0 as "leave unchanged").
 */
async function retry(utils: WorkerUtils, ids: string[]): Promise<Array<{ id: string }>> {
  if (ids.length === 0) return [];
  return utils.withPgClient(async (client) => (await client.query<{ id: string }>(
    'select id::text from graphile_worker.reschedule_jobs($1::bigint[], run_at := now(), attempts := 0)', [ids])).rows);
}

function list(failed: FailedJob[]): void {
  if (failed.length === 0) { console.log('No permanently failed jobs.'); return; }
  console.log(`${failed.length} permanently failed job(s); retry or discard with: ${usage}`);
  for (const job of failed) {
    // The first line of the error, its quoted values masked (the job table has it whole).
    const error = safeErrorText((job.last_error ?? '').split('\n')[0]).slice(0, 200);
    console.log(`${job.id}\t${job.task_identifier}\tattempts ${job.attempts}/${job.max_attempts}\tlast tried ${job.updated_at.toISOString()}\t${error}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
