import type { ObservabilityConfig } from '../config/observability';
import { configureLogging } from './logger';
import type * as Tracing from './tracing';

/**
 * What every process does first: its log level and format, and tracing when an OTLP endpoint is
 * configured (the OpenTelemetry SDK is loaded only then). Answers how to flush and stop it.
 */
export function startObservability(config: ObservabilityConfig, service: string): () => Promise<void> {
  configureLogging(config);
  if (!config.otlpEndpoint) return async () => undefined;
  const { startTracing } = require('./tracing') as typeof Tracing;
  const tracing = startTracing(config.otlpEndpoint, service);
  return () => tracing.stop();
}
