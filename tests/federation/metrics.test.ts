import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { captureLogs, post } from '../support/log-lines';
import { reportSignalsMutation } from '../support/operations';
import { scrape, valueOf } from '../support/scrape';
import { tasks } from '../../subgraphs/shared/job-contracts';

/**
 * The counters are the process's own (prom-client's registry): the cap on operation names
 * (operation-label-cap.test.ts) and the queue of a worker-less subgraph (queue-metrics.test.ts)
 * are proven in processes of their own, where they cannot change what these tests count.
 */
describe('the metrics an operator scrapes', () => {
  let hub: TestHub;
  let logs: ReturnType<typeof captureLogs>;
  let partner: string;
  const gatewayMetrics = () => scrape(hub.url, hub.config.gateway.metricsToken);
  const subgraphMetrics = (name: string) => scrape(hub.subgraphUrls[name], hub.config.gateway.metricsToken);
  beforeAll(async () => {
    logs = captureLogs();
    hub = await startTestHub();
    partner = await hub.token(tokens.vechtdalWonen);
  });
  afterAll(async () => {
    await hub.close();
    logs.stop();
  });

  it('are served by the gateway and every subgraph to the metrics credential only', async () => {
    for (const url of [hub.url, ...Object.values(hub.subgraphUrls).map((u) => u.replace(/\/graphql$/, ''))]) {
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${partner}` } })).status).toBe(401);
      const samples = await scrape(url, hub.config.gateway.metricsToken);
      expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    }
  });

  it("move with a partner's report: request duration by operation, subgraph fetches, jobs by task and outcome", async () => {
    const before = { gateway: await gatewayMetrics(), household: await subgraphMetrics('household') };
    const answer = await post(hub, partner, reportSignalsMutation, { signals: [aSignal()] });
    expect(answer.body.errors).toBeUndefined();
    await hub.waitForJobs();
    const after = { gateway: await gatewayMetrics(), household: await subgraphMetrics('household') };
    const moved = (which: 'gateway' | 'household', name: string, labels: Record<string, string>) => valueOf(after[which], name, labels) - valueOf(before[which], name, labels);

    expect(moved('gateway', 'hub_graphql_request_duration_seconds_count', { service: 'gateway', operation: 'Report', status: '200' })).toBe(1);
    expect(moved('gateway', 'hub_graphql_request_duration_seconds_bucket', { service: 'gateway', operation: 'Report', le: '+Inf' })).toBe(1);
    expect(moved('gateway', 'hub_subgraph_fetch_duration_seconds_count', { subgraph: 'signal', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(moved('household', 'hub_jobs_total', { task: tasks.matchSignals, outcome: 'done' })).toBe(1);
    expect(moved('household', 'hub_job_duration_seconds_count', { task: tasks.matchSignals, outcome: 'done' })).toBe(1);
    expect(valueOf(after.household, 'hub_queue_jobs_waiting', { task: tasks.matchSignals })).toBe(0);
    expect(after.household.some((s) => s.name === 'hub_queue_oldest_waiting_job_age_seconds' && s.labels.task === tasks.matchSignals)).toBe(true);
  });

  it('count GraphQL errors by code', async () => {
    const before = await gatewayMetrics();
    expect((await post(hub, partner, '{ mySignals(first: 1) { nothingHere } }')).status).toBe(400);
    expect((await post(hub, 'not-a-token', '{ __typename }')).status).toBe(401);
    const after = await gatewayMetrics();
    for (const code of ['GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED']) {
      expect(valueOf(after, 'hub_graphql_errors_total', { service: 'gateway', code }) - valueOf(before, 'hub_graphql_errors_total', { service: 'gateway', code })).toBe(1);
    }
  });

  it('show a job that failed for the last time, with its task, in metrics and in the log with its error', async () => {
    const before = await subgraphMetrics('signal');
    const { rows: [job] } = await hub.db.query(
      `select id from graphile_worker.add_job('${tasks.setSignalStatus}', $1::json, max_attempts => 1)`, [JSON.stringify({ signalIds: ['not-a-signal-id'], status: 'PICKED_UP' })]);
    await waitUntil(async () => (await hub.db.query('select 1 from graphile_worker.jobs where id = $1 and attempts >= max_attempts and locked_at is null and last_error is not null', [job.id])).rowCount === 1);
    const after = await subgraphMetrics('signal');
    expect(valueOf(after, 'hub_queue_jobs_failed_permanently', { task: tasks.setSignalStatus })).toBe(1);
    expect(valueOf(after, 'hub_jobs_total', { task: tasks.setSignalStatus, outcome: 'failed' }) - valueOf(before, 'hub_jobs_total', { task: tasks.setSignalStatus, outcome: 'failed' })).toBe(1);
    expect(logs.lines().filter((l) => l.msg === 'job failed permanently' && l.jobId === String(job.id))).toEqual([expect.objectContaining({
      level: 'error', service: 'signal', task: tasks.setSignalStatus, jobId: String(job.id), attempt: 1, maxAttempts: 1, outcome: 'failed', error: expect.stringContaining('uuid'),
    })]);
    await hub.db.query('select graphile_worker.complete_jobs(array[$1::bigint])', [job.id]);
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
