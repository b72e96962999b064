type Env = Record<string, string | undefined>;

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** How a process reports on itself: its log lines and, when an endpoint is given, its traces. */
export interface ObservabilityConfig {
  logLevel: LogLevel;
  /** `json`: one JSON object per line (for a log pipeline); `pretty`: readable lines for a developer. */
  logFormat: 'json' | 'pretty';
  /** OTLP/HTTP endpoint that receives traces; unset: no tracing (trace ids are still logged and returned). */
  otlpEndpoint?: string;
}

/** LOG_LEVEL, LOG_FORMAT, OTEL_EXPORTER_OTLP_ENDPOINT: checked, every problem pushed onto `problems`. */
export function observabilityConfig(env: Env, mode: 'development' | 'production', problems: string[]): ObservabilityConfig {
  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!logLevels.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${env.LOG_LEVEL}"`);
  const logFormat = (env.LOG_FORMAT || (mode === 'production' ? 'json' : 'pretty')) as ObservabilityConfig['logFormat'];
  if (logFormat !== 'json' && logFormat !== 'pretty') problems.push(`LOG_FORMAT must be json or pretty, got "${env.LOG_FORMAT}"`);
  const otlpEndpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined;
  if (otlpEndpoint && !/^https?:\/\/\S+$/.test(otlpEndpoint)) problems.push('OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL');
  return { logLevel, logFormat, otlpEndpoint };
}
