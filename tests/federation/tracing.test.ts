import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTracing, type Tracing } from '../../server/tracing';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { post } from '../support/log-lines';
import { reportSignalsMutation } from '../support/operations';
import { tasks } from '../../subgraphs/shared/job-contracts';

interface ExportedSpan { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes: Record<string, unknown>; service: string }

/** An OTLP/HTTP trace receiver (JSON, as @opentelemetry/exporter-trace-otlp-http sends it), like a collector. */
async function startReceiver(): Promise<{ url: string; spans: ExportedSpan[]; server: Server }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        for (const resource of JSON.parse(body).resourceSpans ?? []) {
          const service = resource.resource.attributes.find((a: any) => a.key === 'service.name')?.value.stringValue;
          for (const scope of resource.scopeSpans) {
            for (const span of scope.spans) {
              const attributes = Object.fromEntries(span.attributes.map((a: any) => [a.key, Object.values(a.value)[0]]));
              spans.push({ traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined, name: span.name, attributes, service });
            }
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, server };
}

describe('OpenTelemetry tracing (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  let hub: TestHub;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let tracing: Tracing;
  beforeAll(async () => {
    receiver = await startReceiver();
    tracing = startTracing(receiver.url, 'hub');
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub.close();
    await tracing.stop();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it("exports one trace from the client's request through the subgraph into the jobs it caused, with the ids of X-Trace-Id", async () => {
    const clientTrace = '0af7651916cd43dd8448eb211c80319c';
    const answer = await post(hub, await hub.token(tokens.vechtdalWonen), reportSignalsMutation, { signals: [aSignal()] }, { traceparent: `00-${clientTrace}-b7ad6b7169203331-01` });
    expect(answer.traceId).toBe(clientTrace);
    await hub.waitForJobs();
    await tracing.flush();

    const spans = receiver.spans.filter((s) => s.traceId === clientTrace);
    const one = (name: string) => {
      const found = spans.filter((s) => s.name === name);
      expect({ name, count: found.length }).toEqual({ name, count: 1 });
      return found[0];
    };
    const gateway = one('POST /graphql');
    const signal = one('signal POST /graphql');
    const match = one('job household.match_signals');
    const attach = one('job case.attach_signals');
    expect(gateway.parentSpanId).toBe('b7ad6b7169203331');
    expect(signal.parentSpanId).toBe(gateway.spanId);
    expect(match.parentSpanId).toBe(signal.spanId);
    expect(attach.parentSpanId).toBe(match.spanId);
    expect(gateway.attributes).toEqual(expect.objectContaining({ 'http.response.status_code': 200, 'graphql.operation.name': 'Report', 'enduser.role': 'partner' }));
    expect(match.attributes).toEqual(expect.objectContaining({ 'hub.task': tasks.matchSignals, 'hub.job.outcome': 'done' }));
    expect(gateway.service).toBe('voor-elkaar-hub');
  });

  it('starts a trace when the client sends none, and answers its id', async () => {
    const answer = await post(hub, await hub.token(tokens.vechtdalWonen), '{ mySignals(first: 1) { edges { node { id } } } }');
    await tracing.flush();
    const root = receiver.spans.filter((s) => s.traceId === answer.traceId && s.name === 'POST /graphql');
    expect(root).toEqual([expect.objectContaining({ parentSpanId: undefined, attributes: expect.objectContaining({ 'graphql.operation.name': 'anonymous' }) })]);
    expect(receiver.spans.filter((s) => s.traceId === answer.traceId && s.name === 'signal POST /graphql')).toEqual([expect.objectContaining({ parentSpanId: root[0].spanId })]);
  });
});
