import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { scrape, type Sample } from '../support/scrape';

const deploy = join(__dirname, '..', '..', 'deploy', 'prometheus');
interface Rule { alert: string; expr: string; for: string; labels: { severity: string }; annotations: { summary: string; description: string } }
const rules: Rule[] = parse(readFileSync(join(deploy, 'alerts.yml'), 'utf8')).groups.flatMap((g: { rules: Rule[] }) => g.rules);

/** Every `metric{labels}` selector of an expression, histogram suffixes kept. */
function selectors(expr: string): Array<{ name: string; labels: string[] }> {
  return [...expr.matchAll(/\b([a-z_][a-z0-9_]*)\s*(\{([^}]*)\})?/g)]
    .filter(([, name]) => name === 'up' || name.startsWith('hub_'))
    .map(([, name, , labels = '']) => ({ name, labels: [...labels.matchAll(/(\w+)\s*=~?/g)].map((m) => m[1]) }));
}

describe('the alert rules (deploy/prometheus/alerts.yml)', () => {
  let hub: TestHub;
  let samples: Sample[];
  beforeAll(async () => {
    hub = await startTestHub();
    // Some traffic, an error and a job, so that every labelled series exists.
    const partner = await hub.token(tokens.vechtdalWonen);
    await hub.graphql(partner, '{ mySignals(first: 1) { edges { node { id } } } }');
    await hub.graphql(partner, '{ mySignals(first: 1) { nothingHere } }');
    await hub.waitForJobs();
    const token = hub.config.gateway.metricsToken;
    samples = [...await scrape(hub.url, token), ...(await Promise.all(Object.values(hub.subgraphUrls).map((url) => scrape(url, token)))).flat()];
  });
  afterAll(() => hub.close());

  it('are valid YAML, each with a duration, a severity and a summary and description for the operator', () => {
    expect(rules.length).toBeGreaterThanOrEqual(8);
    for (const rule of rules) {
      expect(rule).toEqual(expect.objectContaining({ alert: expect.stringMatching(/^Hub[A-Za-z]+$/), expr: expect.any(String), for: expect.stringMatching(/^\d+[smh]$/) }));
      expect(['critical', 'warning']).toContain(rule.labels.severity);
      expect(rule.annotations.summary.length).toBeGreaterThan(10);
      expect(rule.annotations.description.length).toBeGreaterThan(10);
      for (const [open, close] of [['(', ')'], ['{', '}']]) expect(rule.expr.split(open).length).toBe(rule.expr.split(close).length);
    }
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
  });

  it('cover the obvious alarms', () => {
    const watched = new Set(rules.flatMap((r) => selectors(r.expr).map((s) => s.name)));
    for (const name of ['up', 'hub_ready', 'hub_subgraph_up', 'hub_queue_oldest_waiting_job_age_seconds', 'hub_queue_jobs_failed_permanently', 'hub_http_requests_total']) {
      expect(watched).toContain(name);
    }
  });

  it('use only metrics and labels the hub really exports', () => {
    for (const rule of rules) {
      for (const { name, labels } of selectors(rule.expr).filter((s) => s.name !== 'up')) {
        const series = samples.filter((s) => s.name === name);
        expect({ rule: rule.alert, name, exported: series.length > 0 }).toEqual({ rule: rule.alert, name, exported: true });
        for (const label of labels) expect({ rule: rule.alert, name, label, exported: series.some((s) => label in s.labels) }).toEqual({ rule: rule.alert, name, label, exported: true });
      }
    }
  });

  it('match the scrape jobs of the example configuration', () => {
    const config = parse(readFileSync(join(deploy, 'prometheus.yml'), 'utf8'));
    expect(config.rule_files).toEqual(['alerts.yml']);
    expect(config.scrape_configs.map((c: { job_name: string }) => c.job_name)).toEqual(['hub-gateway', 'hub-subgraphs']);
    expect(rules.find((r) => r.alert === 'HubProcessDown')!.expr).toContain('job=~"hub-.*"');
  });
});
