import { Logger } from 'graphile-worker';
import { Pool } from 'pg';
import { migrateDatabase } from '../../subgraphs/migrate';
import { openOrm } from '../../subgraphs/shared/db';
import { JobRunner } from '../../subgraphs/shared/job-runner';
import { WorkerHeartbeat } from '../../subgraphs/shared/worker-heartbeat';
import { createTestDatabase } from '../support/database';
import { DatabaseProxy } from './support/tcp-proxy';

/**
 * graphile-worker 0.16 drops a worker that cannot release its job because the database went away
 * ("committing seppuku") and never replaces it. The job runner replaces the runner and releases
 * the dead worker's job once the database is back. The database "restarts" through a TCP proxy.
 */
describe('a job runner that loses its database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Pool;
  let proxy: DatabaseProxy;
  let runner: JobRunner | undefined;
  const lines: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateDatabase(database.databaseUrl);
    db = new Pool({ connectionString: database.databaseUrl, max: 1 });
    await db.query('create schema recovery_test; create table recovery_test.worker_heartbeat (worker_id text primary key, seen_at timestamptz not null)');
    proxy = new DatabaseProxy(new URL(database.databaseUrl));
  }, 60_000);
  afterAll(async () => {
    await runner?.stop();
    await proxy?.stop();
    await db?.end();
    await database?.drop();
  });

  it('recovers by itself when the database returns, and the job its dead worker held runs again', async () => {
    const viaProxy = await proxy.start();
    const orm = await openOrm(database.databaseUrl, { schema: 'recovery_test', entities: [], migrations: [] }, 2);
    let release!: () => void;
    const runs: number[] = [];
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const heartbeat = new WorkerHeartbeat(orm, 'recovery_test', 'test.', 30_000, (line) => lines.push(line));
    runner = new JobRunner({
      connectionString: viaProxy, concurrency: 1, pollInterval: 200, noHandleSignals: true, parsedCronItems: [], logger: new Logger(() => () => undefined),
      taskList: { 'test.slow': async (_payload, { job }) => { runs.push(job.attempts); if (job.attempts === 1) await gate; } },
    }, heartbeat, (line) => lines.push(line));
    await runner.start();
    expect(runner.state).toBe('running');

    const { rows: [{ id }] } = await db.query(`select id from graphile_worker.add_job('test.slow', '{}')`);
    while (runs.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    proxy.cut();
    release();
    // The worker cannot record the job's end: it dies, and the runner is replaced once the database answers.
    while (runner.state === 'running') await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runner.state).toBe('recovering');
    expect((await db.query('select locked_by from graphile_worker.jobs where id = $1', [id])).rows[0].locked_by).not.toBeNull();
    proxy.restore();
    const restoredAt = Date.now();

    while ((await db.query('select 1 from graphile_worker.jobs where id = $1', [id])).rowCount) await new Promise((resolve) => setTimeout(resolve, 200));
    console.log(`the dead worker's job ran again ${((Date.now() - restoredAt) / 1000).toFixed(1)} s after the database returned`);
    expect(runner.state).toBe('running');
    expect(runs).toEqual([1, 2]);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^job runner not running \(a worker stopped: .*\); starting it again in 1 s$/),
      'job runner running again',
      expect.stringMatching(/^released the jobs of 1 dead worker\(s\): worker-/),
    ]));
    await orm.close(true);
  }, 90_000);
});
