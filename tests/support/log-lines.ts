import { Writable } from 'node:stream';
import { configureLogging } from '../../server/logger';
import type { TestHub } from './hub';

export type LogLine = Record<string, any>;

/** Reads every log line the in-process hub writes from now on, as the log pipeline would (JSON, one per line). */
export function captureLogs() {
  let text = '';
  const destination = new Writable({
    write(chunk, _encoding, done) { text += chunk.toString(); done(); },
  });
  configureLogging({ logLevel: 'debug', logFormat: 'json' }, destination);
  return {
    /** Everything written, as written. */
    text: () => text,
    lines: (): LogLine[] => text.split('\n').filter(Boolean).map((line) => JSON.parse(line)),
    stop: () => configureLogging({ logLevel: 'silent', logFormat: 'json' }),
  };
}

export interface Answer { status: number; traceId: string | null; body: any }

/** POST /graphql as a client, keeping the response's headers (the trace id a partner quotes). */
export async function post(hub: TestHub, token: string | undefined, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, traceId: response.headers.get('x-trace-id'), body: await response.json() };
}
