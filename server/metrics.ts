import { collectDefaultMetrics, Counter, Histogram, register } from 'prom-client';

/**
 * The Prometheus metrics of this process, in prom-client's default registry. Every process (the
 * gateway, each subgraph) serves its own on GET /metrics; `service` says which part of the hub
 * counted (in `npm test` they share one process).
 */
collectDefaultMetrics();

const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequests = new Counter({
  name: 'hub_http_requests_total', help: 'HTTP requests answered, by service, route and status.',
  labelNames: ['service', 'route', 'status'] as const,
});

export const graphqlDuration = new Histogram({
  name: 'hub_graphql_request_duration_seconds', help: 'Time to answer a GraphQL request, by service, operation name and HTTP status.',
  labelNames: ['service', 'operation', 'status'] as const, buckets: seconds,
});

export const graphqlErrors = new Counter({
  name: 'hub_graphql_errors_total', help: 'GraphQL errors answered, by service and extensions.code.',
  labelNames: ['service', 'code'] as const,
});

export const subgraphFetchDuration = new Histogram({
  name: 'hub_subgraph_fetch_duration_seconds', help: 'Time the gateway waited for a subgraph, by subgraph and outcome (ok, error: a 5xx or no answer).',
  labelNames: ['subgraph', 'outcome'] as const, buckets: seconds,
});

export const jobs = new Counter({
  name: 'hub_jobs_total', help: 'Jobs run, by task and outcome (done, retry: failed and will be retried, failed: failed for the last time).',
  labelNames: ['task', 'outcome'] as const,
});

export const jobDuration = new Histogram({
  name: 'hub_job_duration_seconds', help: 'Time a job ran, by task and outcome.',
  labelNames: ['task', 'outcome'] as const, buckets: seconds,
});

export const metricsContentType = register.contentType;

export function renderMetrics(): Promise<string> {
  return register.metrics();
}

const namedOperations = new Set<string>();
/** At most this many operation names get their own series; later new names count as `other`. */
export const maxOperationNames = 100;

/** A bounded label for an operation: its name, `anonymous`, `unknown` (not parsed), or `other` past the cap. */
export function operationLabel(name: string | undefined | null): string {
  if (name === undefined) return 'unknown';
  if (!name) return 'anonymous';
  if (namedOperations.has(name)) return name;
  if (namedOperations.size >= maxOperationNames || !/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name)) return 'other';
  namedOperations.add(name);
  return name;
}
