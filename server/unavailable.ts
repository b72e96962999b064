/**
 * "Try again shortly": a part of the hub, or its database, did not answer. Clients get this code
 * (with the path of what is missing) instead of an internal error, and HTTP 503 when nothing of
 * the answer could be given.
 */
export const unavailableCode = 'SERVICE_UNAVAILABLE';
export const unavailableMessage = 'This part of the hub is temporarily unavailable; send the request again shortly';

/** Thrown where a whole answer depends on a part that did not answer (a route beside /graphql): 503. */
export class ServiceUnavailable extends Error {
  constructor() { super(unavailableMessage); }
}

/** PostgreSQL SQLSTATEs of a server that is gone, going or not yet there. */
const unavailableStates = /^(08|57P0[123]|53300)/;
const unavailableNodeCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const unavailableMessages = /Connection terminated|Connection ended unexpectedly|connection error and is not queryable|Timeout acquiring a connection|the database system is (starting up|shutting down|in recovery mode)/i;

/** Whether an error (or one it wraps) says the database could not be reached, as opposed to a bug or bad data. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current);) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (unavailableStates.test(code) || unavailableNodeCodes.has(code))) return true;
    if (typeof message === 'string' && unavailableMessages.test(message)) return true;
    const next = current as { originalError?: unknown; cause?: unknown; previous?: unknown };
    current = next.originalError ?? next.cause ?? next.previous;
  }
  return false;
}
