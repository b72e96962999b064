import { observabilityConfig } from '../../config/observability';

describe('the observability settings', () => {
  const read = (env: Record<string, string>, mode: 'development' | 'production' = 'development') => {
    const problems: string[] = [];
    return { config: observabilityConfig(env, mode, problems), problems };
  };

  it('logs at info, readable in development and JSON in production, with no tracing', () => {
    expect(read({}).config).toEqual({ logLevel: 'info', logFormat: 'pretty', otlpEndpoint: undefined });
    expect(read({}, 'production').config).toEqual({ logLevel: 'info', logFormat: 'json', otlpEndpoint: undefined });
  });

  it('takes a level, a format and an OTLP endpoint', () => {
    const { config, problems } = read({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' });
    expect(problems).toEqual([]);
    expect(config).toEqual({ logLevel: 'debug', logFormat: 'json', otlpEndpoint: 'http://collector:4318' });
  });

  it('names every wrong value', () => {
    const { problems } = read({ LOG_LEVEL: 'loud', LOG_FORMAT: 'xml', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' });
    expect(problems).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      'LOG_FORMAT must be json or pretty, got "xml"',
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL',
    ]);
  });
});
