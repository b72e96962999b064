import { Gauge } from 'prom-client';

type Subgraphs = Record<string, { url: string }>;

/** The gateways of this process (one in production) whose subgraphs are probed at each scrape. */
const sources = new Set<Subgraphs>();

async function probe(): Promise<Array<[string, boolean]>> {
  const checks = [...sources].flatMap((subgraphs) => Object.entries(subgraphs)).map(async ([name, { url }]): Promise<[string, boolean]> => {
    try {
      return [name, (await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2000) })).ok];
    } catch {
      return [name, false];
    }
  });
  return Promise.all(checks);
}

let pending: Promise<Array<[string, boolean]>> | undefined;
function probeOnce() {
  pending ??= probe().finally(() => setImmediate(() => { pending = undefined; }));
  return pending;
}

new Gauge({
  name: 'hub_subgraph_up', help: "1 when the subgraph's /health answers (the process and its database), else 0; probed at each scrape of the gateway.",
  labelNames: ['subgraph'] as const,
  async collect() {
    this.reset();
    for (const [subgraph, up] of await probeOnce()) this.set({ subgraph }, up ? 1 : 0);
  },
});

new Gauge({
  name: 'hub_ready', help: '1 when every subgraph answers (what GET /health/ready checks), else 0.',
  async collect() {
    const checks = await probeOnce();
    this.set(checks.length > 0 && checks.every(([, up]) => up) ? 1 : 0);
  },
});

/** Probes these subgraphs for the gauges until the returned function is called. */
export function reportSubgraphHealth(subgraphs: Subgraphs): () => void {
  sources.add(subgraphs);
  return () => { sources.delete(subgraphs); };
}
