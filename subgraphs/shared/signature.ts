import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'x-hub-signature';
export const timestampHeader = 'x-hub-timestamp';
export const requestIdHeader = 'x-hub-request-id';
/** Headers the gateway vouches for; they are part of the signed text so none can be swapped. */
export const signedHeaders = ['authorization', 'x-client-address', 'x-trace-id', 'x-purpose'] as const;
/** A signed request is good for this long after it was signed; its id is remembered as long. */
export const signatureWindowMs = 60_000;
/** Clocks of gateway and subgraph may differ this much; a request from further in the future is refused. */
export const maxClockSkewMs = 5_000;

type Headers = Partial<Record<(typeof signedHeaders)[number], string>>;

/** What one signature covers: where the request goes, once, when, for whom, and its exact body. */
export interface SignedRequest {
  /** The subgraph's name: a request for one subgraph is refused by another. */
  audience: string;
  method: string;
  /** Path and query string, as sent. */
  path: string;
  requestId: string;
  timestamp: string;
  headers: Headers;
  body: string;
}

export function signRequest(secret: string, request: SignedRequest): string {
  const bound = signedHeaders.map((name) => request.headers[name] ?? '');
  const text = ['hub-v2', request.audience, request.method.toUpperCase(), request.path, request.requestId, request.timestamp, ...bound, request.body];
  return createHmac('sha256', secret).update(text.join('\n')).digest('hex');
}

/** The headers the gateway adds to a subgraph request: a fresh request id, the time, the signature. */
export function signatureHeaders(secret: string, request: Omit<SignedRequest, 'requestId' | 'timestamp'>, now = Date.now()): Record<string, string> {
  const signed = { ...request, requestId: randomUUID(), timestamp: String(now) };
  return { [requestIdHeader]: signed.requestId, [timestampHeader]: signed.timestamp, [signatureHeader]: signRequest(secret, signed) };
}

export type SignatureCheck = { ok: true; requestId: string } | { ok: false; reason: 'malformed' | 'wrong signature' | 'expired' | 'from the future' };

/** Checks a request's signature and its time; whether its id was seen before is the caller's next question. */
export function checkSignature(
  secret: string, request: Omit<SignedRequest, 'requestId' | 'timestamp'>, given: { signature?: string; timestamp?: string; requestId?: string }, now = Date.now(),
): SignatureCheck {
  const { signature, timestamp, requestId } = given;
  if (!signature || !/^[0-9a-f]{64}$/.test(signature) || !timestamp || !/^\d{13}$/.test(timestamp)
    || !requestId || !/^[0-9a-f-]{36}$/.test(requestId)) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(signRequest(secret, { ...request, requestId, timestamp }), 'hex');
  if (!timingSafeEqual(Buffer.from(signature, 'hex'), expected)) return { ok: false, reason: 'wrong signature' };
  const age = now - Number(timestamp);
  if (age > signatureWindowMs) return { ok: false, reason: 'expired' };
  if (age < -maxClockSkewMs) return { ok: false, reason: 'from the future' };
  return { ok: true, requestId };
}
