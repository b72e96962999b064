import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'x-hub-signature';
export const timestampHeader = 'x-hub-timestamp';
/** Headers the gateway vouches for; they are part of the signed text so none can be swapped. */
export const signedHeaders = ['authorization', 'x-client-address', 'x-trace-id', 'x-purpose'] as const;
const maxAgeMs = 60_000;

type Headers = Partial<Record<(typeof signedHeaders)[number], string>>;

export function signRequest(secret: string, timestamp: string, headers: Headers, body: string): string {
  const bound = signedHeaders.map((name) => headers[name] ?? '').join('\n');
  return createHmac('sha256', secret).update(`${timestamp}\n${bound}\n${body}`).digest('hex');
}

/** True only for a request the gateway signed within the last minute. */
export function isSignedByGateway(
  secret: string, signature: string | undefined, timestamp: string | undefined, headers: Headers, body: string, now = Date.now(),
): boolean {
  if (!signature || !timestamp || !/^\d{13}$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > maxAgeMs) return false;
  const expected = Buffer.from(signRequest(secret, timestamp, headers, body), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
