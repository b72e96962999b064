import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * graphile-worker 0.16 keeps a job locked by a worker that died for four hours. So every job
 * runner records a heartbeat for its workers (in its subgraph's own schema), and a periodic sweep
 * unlocks (`force_unlock_workers`) the jobs of this subgraph's tasks held by a worker that is dead:
 * one that died in this process, or one whose heartbeat is older than `deadAfterMs` (killed, or
 * its machine gone), also after a restart of the whole hub.
 */
export class WorkerHeartbeat {
  /** Worker ids of this process that are running. */
  readonly live = new Set<string>();
  /** Worker ids of this process known dead (they failed on a lost database) whose jobs are still to be released. */
  readonly dead = new Set<string>();
  /** Every worker id this process has written a heartbeat for. */
  private readonly beaten = new Set<string>();
  private timer?: NodeJS.Timeout;
  private lastProblem = '';

  constructor(
    private readonly orm: MikroORM, private readonly schema: string, private readonly taskPrefix: string,
    private readonly deadAfterMs: number, private readonly log: (line: string) => void,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.tick(), Math.max(1000, Math.floor(this.deadAfterMs / 3)));
    this.timer.unref();
  }

  /** One beat and one sweep; a database that is away makes it a no-op until it returns. */
  async tick(): Promise<void> {
    try {
      await this.beat();
      await this.sweep();
      this.lastProblem = '';
    } catch (error) {
      // Usually the database is away and the next tick tries again; said once, not every tick.
      const problem = error instanceof Error ? error.message : String(error);
      if (problem !== this.lastProblem) this.log(`heartbeat or sweep failed (tried again every tick): ${problem.slice(0, 300)}`);
      this.lastProblem = problem;
    }
  }

  private async beat(): Promise<void> {
    if (this.live.size === 0) return;
    for (const id of this.live) this.beaten.add(id);
    await this.orm.em.getConnection().execute(
      `insert into ${this.schema}.worker_heartbeat (worker_id, seen_at) select id, now() from jsonb_array_elements_text(?::jsonb) as id
       on conflict (worker_id) do update set seen_at = now()`, [JSON.stringify([...this.live])]);
  }

  /** Releases the jobs of dead workers; returns their ids. */
  async sweep(): Promise<string[]> {
    const connection = this.orm.em.getConnection();
    const stale: Array<{ locked_by: string }> = await connection.execute(
      `select distinct j.locked_by from graphile_worker.jobs j
        where j.locked_by is not null and j.task_identifier like ? and j.locked_at < now() - make_interval(secs => ?)
          and not exists (select 1 from ${this.schema}.worker_heartbeat h where h.worker_id = j.locked_by and h.seen_at > now() - make_interval(secs => ?))`,
      [`${this.taskPrefix}%`, this.deadAfterMs / 1000, this.deadAfterMs / 1000]);
    const known = [...this.dead];
    const ids = [...new Set([...known, ...stale.map((row) => row.locked_by)])].filter((id) => !this.live.has(id));
    if (ids.length > 0) {
      await connection.execute('select graphile_worker.force_unlock_workers(array(select jsonb_array_elements_text(?::jsonb)))', [JSON.stringify(ids)]);
      this.log(`released the jobs of ${ids.length} dead worker(s): ${ids.join(', ')}`);
    }
    for (const id of known) this.dead.delete(id);
    await connection.execute(`delete from ${this.schema}.worker_heartbeat where seen_at < now() - interval '1 day'`);
    return ids;
  }

  /** A graceful stop: this process's workers hold no jobs any more (they stopped before), so their heartbeats go. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    const ids = [...this.beaten];
    this.live.clear();
    this.beaten.clear();
    if (ids.length === 0) return;
    await this.orm.em.getConnection().execute(
      `delete from ${this.schema}.worker_heartbeat where worker_id in (select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(ids)]).catch(() => undefined);
  }
}
