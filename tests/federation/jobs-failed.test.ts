import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase } from '../support/database';
import { startTestHub, type TestHub } from '../support/hub';
import { migrateDatabase } from '../../subgraphs/migrate';
import { scrape, valueOf } from '../support/scrape';
import { tasks } from '../../subgraphs/shared/job-contracts';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

describe('npm run jobs:failed', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  /** The command as an operator runs it, against the hub's database. */
  async function jobsFailed(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    return jobsFailedOn(hub.config.databaseUrl!, ...args);
  }
  async function jobsFailedOn(databaseUrl: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'jobs-failed.ts'), ...args], {
        cwd: root, env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, DATA_DIR: hub.config.dataDir },
      });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout, err: failed.stderr };
    }
  }
  const failedRuns = async () => valueOf(await scrape(hub.subgraphUrls.signal, hub.config.gateway.metricsToken), 'hub_jobs_total', { task: tasks.setSignalStatus, outcome: 'failed' });
  const hasFailed = async (jobId: string) => (await hub.db.query(
    'select 1 from graphile_worker.jobs where id = $1 and attempts >= max_attempts and locked_at is null and last_error is not null', [jobId])).rowCount === 1;
  /** Each test's own failed job: a malformed one (a signal id that is no id) fails in the signal subgraph's worker; one attempt allowed. */
  async function aFailedJob(): Promise<string> {
    const { rows } = await hub.db.query(`select id::text from graphile_worker.add_job('${tasks.setSignalStatus}', $1::json, max_attempts => 1)`,
      [JSON.stringify({ signalIds: ['not-a-signal-id'], status: 'PICKED_UP' })]);
    await waitUntil(() => hasFailed(rows[0].id));
    return rows[0].id;
  }

  it('says so when no job has failed for the last time', async () => {
    // A queue of its own: the hub's holds the other tests' failed jobs.
    const { databaseUrl, drop } = await createTestDatabase();
    try {
      await migrateDatabase(databaseUrl);
      const { code, out } = await jobsFailedOn(databaseUrl, 'list');
      expect(code).toBe(0);
      expect(out).toContain('No permanently failed jobs.');
    } finally {
      await drop();
    }
  });

  it('lists a job that really failed for the last time, with its task and error', async () => {
    const jobId = await aFailedJob();
    const { code, out } = await jobsFailed('list');
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^${jobId}\\tsignal\\.set_status\\tattempts 1/1\\tlast tried \\S+\\t.*uuid`, 'm'));
  });

  it('runs it again on retry', async () => {
    const jobId = await aFailedJob();
    const before = await failedRuns();
    const { code, out } = await jobsFailed('retry', jobId);
    expect(code).toBe(0);
    expect(out).toContain(`Queued again: job ${jobId} (signal.set_status)`);
    // The worker really ran it again (and it failed again: its cause is not fixed).
    await waitUntil(async () => (await failedRuns()) === before + 1 && (await hasFailed(jobId)));
  });

  it('removes it on discard, and refuses an id that is not a failed job', async () => {
    const jobId = await aFailedJob();
    const refused = await jobsFailed('discard', '999999');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Not a permanently failed job');
    const { code, out } = await jobsFailed('discard', jobId);
    expect(code).toBe(0);
    expect(out).toContain(`Discarded: job ${jobId} (signal.set_status)`);
    expect((await hub.db.query('select 1 from graphile_worker.jobs where id = $1', [jobId])).rowCount).toBe(0);
    expect((await jobsFailed('list')).out).not.toMatch(new RegExp(`^${jobId}\\t`, 'm'));
  });

  it('explains its use when called wrongly', async () => {
    const { code, err } = await jobsFailed('retry');
    expect(code).toBe(2);
    expect(err).toContain('Usage: npm run jobs:failed -- [list | retry <id>... | discard <id>...]');
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
