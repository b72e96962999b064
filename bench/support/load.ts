import { loadavg } from 'node:os';

export interface LoadResult { requests: number; seconds: number; perSecond: number; p50: number; p95: number; load: number[] }

/**
 * Closed loop: `clients` callers, each sending its next request when the last one answered,
 * for `seconds` after `warmupSeconds` (not counted). Latencies in ms.
 */
export async function runLoad(call: () => Promise<void>, clients: number, seconds: number, onMeasure?: () => Promise<void>, warmupSeconds = 2): Promise<LoadResult> {
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  const measuring = onMeasure ? new Promise((r) => setTimeout(r, warmupSeconds * 1000)).then(onMeasure) : undefined;
  const end = warmupEnd + seconds * 1000;
  const latencies: number[] = [];
  const loop = async () => {
    for (;;) {
      const started = performance.now();
      if (started >= end) return;
      await call();
      if (started >= warmupEnd) latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  await measuring;
  const measured = (performance.now() - warmupEnd) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length, seconds: measured, perSecond: latencies.length / measured,
    p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), load: loadavg(),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function formatLoad(load: number[]): string {
  return load.map((l) => l.toFixed(2)).join(' ');
}

export function row(label: string, r: LoadResult, baseline?: LoadResult): string {
  const ratio = baseline ? `${(r.perSecond / baseline.perSecond).toFixed(2)}x` : '';
  return `${label.padEnd(46)} | ${r.perSecond.toFixed(1).padStart(7)} | ${r.p50.toFixed(1).padStart(7)} | ${r.p95.toFixed(1).padStart(7)} | ${ratio.padStart(6)} | ${formatLoad(r.load)}`;
}

export const header = `${'work'.padEnd(46)} |   req/s | p50 ms  | p95 ms  |  ratio | load average (1, 5, 15 min)`;

/** A GraphQL POST that fails loudly on an error, so a broken benchmark never reports a speed. */
export function graphqlCaller(url: string, token: string, query: string, check: (data: any) => void): () => Promise<void> {
  const body = JSON.stringify({ query });
  return async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (!response.ok || json.errors) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(json).slice(0, 400)}`);
    check(json.data);
  };
}
