import { Logger as WorkerLogger, type Task } from 'graphile-worker';
import { logger } from '../../server/logger';
import { safeErrorMessage } from '../../server/safe-error';
import { jobDuration, jobs } from '../../server/metrics';
import { currentScope, runInScope, traceFrom } from '../../server/trace';

/**
 * Runs a task as one traced unit: it continues the trace of the request that enqueued it (the
 * payload's `traceparent`, see outbox.ts), and leaves one log line and its metrics: task, attempt,
 * duration and outcome (done; retry: failed, will run again; failed: failed for the last time).
 */
export function observeJob(task: string, run: Task): Task {
  return (payload, helpers) => {
    const { job } = helpers;
    const traceparent = (payload as { traceparent?: unknown } | null)?.traceparent;
    return runInScope(`job ${task}`, 'consumer', traceFrom(typeof traceparent === 'string' ? traceparent : undefined), async () => {
      const log = logger({ service: task.split('.')[0] });
      const started = process.hrtime.bigint();
      const line = { task, jobId: job.id, attempt: job.attempts, maxAttempts: job.max_attempts };
      const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
      try {
        await run(payload, helpers);
        const duration = seconds();
        jobs.inc({ task, outcome: 'done' });
        jobDuration.observe({ task, outcome: 'done' }, duration);
        log.info({ ...line, durationMs: Math.round(duration * 1000), outcome: 'done' }, 'job');
        endSpan(line, 'done');
      } catch (error) {
        const duration = seconds();
        const outcome = job.attempts >= job.max_attempts ? 'failed' : 'retry';
        jobs.inc({ task, outcome });
        jobDuration.observe({ task, outcome }, duration);
        // The queue keeps the full error (last_error); the line names it, without the values it quotes.
        log[outcome === 'failed' ? 'error' : 'warn']({ ...line, durationMs: Math.round(duration * 1000), outcome, error: safeErrorMessage(error) },
          outcome === 'failed' ? 'job failed permanently' : 'job failed, will retry');
        endSpan(line, outcome);
        throw error;
      }
    });
  };
}

function endSpan(line: { task: string; jobId: string; attempt: number }, outcome: string): void {
  currentScope()?.span?.end({ 'hub.task': line.task, 'hub.job.id': line.jobId, 'hub.job.attempt': line.attempt, 'hub.job.outcome': outcome }, outcome !== 'done');
}

/** graphile-worker's own messages through the hub's logger; its per-job lines are replaced by observeJob's. */
export const workerLogger = new WorkerLogger((scope) => (level, message, meta) => {
  if (meta?.failure || /^Completed task /.test(message)) return;
  const log = logger({ service: 'worker', ...(scope.taskIdentifier ? { task: scope.taskIdentifier } : {}) });
  if (level === 'error') log.error(message);
  else if (level === 'warning') log.warn(message);
  else log.debug(message);
});
