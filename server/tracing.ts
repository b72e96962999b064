import { SpanKind, SpanStatusCode, TraceFlags, context, trace, type Context } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { useSpanStarter, type TraceContext } from './trace';

export interface Tracing { flush(): Promise<void>; stop(): Promise<void> }

/**
 * OpenTelemetry tracing, on only with an OTLP endpoint: every request (gateway and subgraphs) and
 * every job becomes a span, exported over OTLP/HTTP to `<endpoint>/v1/traces`. The spans follow the
 * hub's own trace context (server/trace.ts), so their ids are those in the logs and in X-Trace-Id.
 */
export function startTracing(endpoint: string, service: string): Tracing {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': `voor-elkaar-${service}` }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }))],
  });
  const tracer = provider.getTracer('voor-elkaar-hub');
  useSpanStarter((name, kind, parent) => {
    const span = tracer.startSpan(name, { kind: kind === 'server' ? SpanKind.SERVER : SpanKind.CONSUMER }, parentContext(parent));
    const { traceId, spanId } = span.spanContext();
    return {
      traceId, spanId,
      span: {
        end(attributes, failed) {
          for (const [key, value] of Object.entries(attributes)) if (value !== undefined) span.setAttribute(key, value);
          if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        },
      },
    };
  });
  return {
    flush: () => provider.forceFlush(),
    async stop() {
      useSpanStarter(undefined);
      await provider.shutdown();
    },
  };
}

/** The caller's span as a remote parent; none for a trace that starts here. */
function parentContext(parent: TraceContext): Context {
  if (!parent.parentSpanId) return context.active();
  return trace.setSpanContext(context.active(), {
    traceId: parent.traceId, spanId: parent.parentSpanId, isRemote: true, traceFlags: parent.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE,
  });
}
