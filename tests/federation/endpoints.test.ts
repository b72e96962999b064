import { startGateway } from '../../gateway/gateway';
import { tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';

describe('the operational endpoints of the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('is live, and ready when every subgraph and the database answer', async () => {
    expect((await fetch(`${hub.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${hub.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', subgraphs: { signal: true, household: true, case: true, evaluation: true } });
  });

  it('is not ready while a subgraph cannot be reached, and says so without names in production', async () => {
    const unreachable = { ...hub.config.subgraphs, case: { port: 1, url: 'http://127.0.0.1:1/graphql' } };
    for (const [mode, body] of [
      ['development', { status: 'not ready', subgraphs: { signal: true, household: true, case: false, evaluation: true } }],
      ['production', { status: 'not ready' }],
    ] as const) {
      const gateway = await startGateway({ ...hub.config, mode, subgraphs: unreachable }, 0, '127.0.0.1');
      try {
        const response = await fetch(`${gateway.url}/health/ready`);
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual(body);
      } finally {
        await gateway.close();
      }
    }
  });

  it('counts requests for Prometheus', async () => {
    const scrape = async () => (await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${hub.config.gateway.metricsToken}` } })).text();
    const counted = (metrics: string, status: number) =>
      Number(new RegExp(`^hub_http_requests_total\\{service="gateway",route="/graphql",status="${status}"\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0);
    const before = await scrape();
    const answer = await hub.graphql(await hub.token(tokens.analyst), '{ evaluation(from: "2026-01-01", to: "2026-01-31") { suppressionThreshold } }');
    const metrics = await scrape();
    // Counted once, under the status it was answered with (200 here; a loaded machine may answer 503).
    expect(counted(metrics, answer.status)).toBe(counted(before, answer.status) + 1);
    expect(metrics).toMatch(/^process_start_time_seconds \d+$/m);
  });

  it('answers an unknown path with 404', async () => {
    expect((await fetch(`${hub.url}/admin`)).status).toBe(404);
  });
});
