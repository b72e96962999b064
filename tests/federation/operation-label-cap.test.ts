import { randomUUID } from 'node:crypto';
import { tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { post } from '../support/log-lines';
import { scrape } from '../support/scrape';

/**
 * A hub of its own: the names are counted per process, and once the cap is reached every new
 * name (another test's `Report` too) counts as `other`.
 */
describe('the operation label of the metrics', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startTestHub(); });
  afterAll(() => hub.close());

  it('stays bounded: past 100 names, new ones count as other', async () => {
    const partner = await hub.token(tokens.vechtdalWonen);
    for (let i = 0; i < 110; i += 1) await post(hub, partner, `query Probe${i}_${randomUUID().slice(0, 4)} { __typename }`);
    const operations = new Set((await scrape(hub.url, hub.config.gateway.metricsToken)).filter((s) => s.name === 'hub_graphql_request_duration_seconds_count' && s.labels.service === 'gateway').map((s) => s.labels.operation));
    expect(operations.size).toBeLessThanOrEqual(100 + 3);
    expect(operations).toContain('other');
  });
});
