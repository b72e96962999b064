import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/** One W3C trace context (https://www.w3.org/TR/trace-context/): the trace, this process's span in it, and its parent. */
export interface TraceContext {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  sampled: boolean;
}

/** A span of an exporting tracer (server/tracing.ts); ended with what the log line says. */
export interface Span {
  end(attributes: Record<string, string | number | undefined>, failed: boolean): void;
}

/** Starts a span as the child of `parent` (or of no one) and answers its ids; set only while tracing is on. */
export type SpanStarter = (name: string, kind: 'server' | 'consumer', parent: TraceContext) => { traceId: string; spanId: string; span: Span };
let startSpan: SpanStarter | undefined;

export function useSpanStarter(starter: SpanStarter | undefined): void {
  startSpan = starter;
}

/** What one request or job is doing, filled in as it goes, for its one log line. */
export interface Scope {
  trace: TraceContext;
  span?: Span;
  /** The caller's role, once its token is verified. */
  role?: string;
  /** The GraphQL operation's name: '' when anonymous, undefined when none was resolved. */
  operation?: string;
  errorCodes: string[];
}

const scopes = new AsyncLocalStorage<Scope>();
const traceparentPattern = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$/;

/** A trace continued from a `traceparent` header when it is valid, else a new trace. */
export function traceFrom(traceparent: string | undefined): TraceContext {
  const match = traceparentPattern.exec(traceparent?.trim().toLowerCase() ?? '');
  const [, version, traceId, parentSpanId, flags] = match ?? [];
  if (!match || version === 'ff' || /^0+$/.test(traceId) || /^0+$/.test(parentSpanId)) return { traceId: newId(16), spanId: newId(8), sampled: true };
  return { traceId, parentSpanId, spanId: newId(8), sampled: (parseInt(flags, 16) & 1) === 1 };
}

/**
 * A subgraph's trace: the trace id the gateway signed (x-trace-id), with the gateway's span as
 * parent when the unsigned `traceparent` names that same trace.
 */
export function traceFromGateway(signedTraceId: string | undefined, traceparent: string | undefined): TraceContext {
  const traceId = signedTraceId?.replace(/-/g, '').toLowerCase() ?? '';
  if (!/^[0-9a-f]{32}$/.test(traceId) || /^0+$/.test(traceId)) return traceFrom(undefined);
  const continued = traceFrom(traceparent);
  return continued.traceId === traceId ? continued : { traceId, spanId: newId(8), sampled: true };
}

/** The `traceparent` header that makes this span the parent of the next hop. */
export function traceparentOf(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.sampled ? '01' : '00'}`;
}

/**
 * Runs `work` as one request or job of this trace: log lines and enqueued jobs carry the trace.
 * With tracing on, it is also a span, whose ids the trace then carries on to the next hop.
 */
export function runInScope<T>(name: string, kind: 'server' | 'consumer', trace: TraceContext, work: () => T): T {
  const started = startSpan?.(name, kind, trace);
  const scope: Scope = started
    ? { trace: { ...trace, traceId: started.traceId, spanId: started.spanId }, span: started.span, errorCodes: [] }
    : { trace, errorCodes: [] };
  return scopes.run(scope, work);
}

export function currentScope(): Scope | undefined {
  return scopes.getStore();
}

function newId(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}
