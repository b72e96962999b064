import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { ObservabilityConfig } from '../config/observability';
import { serializeError } from './safe-error';
import { currentScope } from './trace';

export type { Logger } from 'pino';

type LogSettings = Pick<ObservabilityConfig, 'logLevel' | 'logFormat'>;

let root = build({ logLevel: 'info', logFormat: 'json' });

/**
 * Sets the level and format of every log line of this process; called once by each entry point
 * before it starts its server (tests pass a destination to read the lines).
 */
export function configureLogging(settings: LogSettings, destination?: DestinationStream): void {
  root = build(settings, destination);
}

/** A logger for one part of the process (`{ service: 'gateway' }`); take it after configureLogging. */
export function logger(bindings: Record<string, string>): Logger {
  return root.child(bindings);
}

function build(settings: LogSettings, destination?: DestinationStream): Logger {
  const options = {
    level: settings.logLevel,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { err: serializeError },
    // Every line written while a request or job runs names its trace, so one id finds all of them.
    mixin: () => {
      const trace = currentScope()?.trace;
      return trace ? { traceId: trace.traceId } : {};
    },
    // The hub never logs these; should a line ever carry one, the value is not written.
    redact: { paths: ['authorization', 'token', 'variables', 'bsn', '*.authorization', '*.token', '*.variables', '*.bsn', 'headers'], censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  if (settings.logFormat === 'pretty') {
    return pino(options, pretty({ sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', messageFormat: '{if service}{service}: {end}{msg}' }));
  }
  return pino(options);
}
