import { run, type Runner, type RunnerOptions, type WorkerEvents } from 'graphile-worker';
import { EventEmitter } from 'node:events';
import type { WorkerHeartbeat } from './worker-heartbeat';

export type JobRunnerState = 'starting' | 'running' | 'recovering' | 'stopped';

/**
 * A graphile-worker runner that heals itself. graphile-worker 0.16 drops a worker that cannot
 * release its job (the database went away: "committing seppuku") and never replaces it, and its
 * runner cannot start while the database is down. So when a worker dies or the runner ends, the
 * runner is replaced, retrying with backoff (1 s, 2 s, ... 30 s) until the database is back; the
 * dead workers' jobs are released at once by the heartbeat's sweep.
 */
export class JobRunner {
  state: JobRunnerState = 'starting';
  private runner?: Runner;
  private failures = 0;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly options: Omit<RunnerOptions, 'events'>, private readonly heartbeat: WorkerHeartbeat,
    private readonly log: (line: string) => void,
  ) {}

  async start(): Promise<void> {
    this.heartbeat.start();
    await this.launch();
  }

  private async launch(): Promise<void> {
    this.retry = undefined;
    const events = new EventEmitter() as WorkerEvents;
    events.on('worker:create', ({ worker }) => { this.heartbeat.live.add(worker.workerId); });
    events.on('worker:stop', ({ worker, error }) => {
      this.heartbeat.live.delete(worker.workerId);
      if (!error) return;
      this.heartbeat.dead.add(worker.workerId);
      this.recover(`a worker stopped: ${error instanceof Error ? error.message : error}`);
    });
    let runner: Runner;
    try {
      runner = await run({ ...this.options, events });
    } catch (error) {
      if (this.state === 'stopped') return;
      this.state = 'recovering';
      this.scheduleRetry(`it could not start: ${error instanceof Error ? error.message : error}`);
      return;
    }
    if (this.state === 'stopped' as JobRunnerState) { await runner.stop().catch(() => undefined); return; }
    if (this.failures > 0) this.log('job runner running again');
    this.runner = runner;
    this.state = 'running';
    this.failures = 0;
    void this.heartbeat.tick();
    runner.promise.then(() => this.recover('the runner ended'), (error) => this.recover(`the runner failed: ${error?.message ?? error}`));
  }

  private recover(reason: string): void {
    if (this.state !== 'running') return;
    this.state = 'recovering';
    const old = this.runner;
    this.runner = undefined;
    // What is left of the old runner stops in the background: its database may be gone.
    void old?.stop().catch(() => undefined);
    this.scheduleRetry(reason);
  }

  private scheduleRetry(reason: string): void {
    const delay = Math.min(1000 * 2 ** this.failures, 30_000);
    this.failures += 1;
    this.log(`job runner not running (${reason}); starting it again in ${delay / 1000} s`);
    this.retry = setTimeout(() => void this.launch(), delay);
  }

  /** Running jobs finish (graphile's graceful stop); then the workers' heartbeats go. */
  async stop(): Promise<void> {
    this.state = 'stopped';
    clearTimeout(this.retry);
    await this.runner?.stop().catch(() => undefined);
    await this.heartbeat.stop();
  }
}
