import { SignJWT } from 'jose';
import type { TestHub } from '../../support/hub';
import { signatureHeaders } from '../../../subgraphs/shared/signature';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Tokens an attacker could bring: each must end in 401 UNAUTHENTICATED. */
export function forgedTokens(hub: TestHub): Array<[string, () => Promise<string>]> {
  const { issuer, audience, jwtSecret } = hub.config.auth;
  const now = Math.floor(Date.now() / 1000);
  const sign = (claims: Record<string, unknown>, options: { secret?: string; iss?: string; aud?: string; exp?: number | null; sub?: string | null } = {}) => {
    let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(options.iss ?? issuer).setAudience(options.aud ?? audience).setIssuedAt();
    if (options.sub !== null) jwt = jwt.setSubject(options.sub ?? 'someone');
    if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? now + 3600);
    return jwt.sign(new TextEncoder().encode(options.secret ?? jwtSecret));
  };
  const consultant = { role: 'consultant', municipality: '0175' };
  return [
    ['a token signed with another secret', () => sign(consultant, { secret: 'y'.repeat(40) })],
    ['a token from another issuer', () => sign(consultant, { iss: 'https://evil.example' })],
    ['a token for another audience', () => sign(consultant, { aud: 'another-service' })],
    ['an expired token', () => sign(consultant, { exp: now - 120 })],
    ['a token without expiry', () => sign(consultant, { exp: null })],
    ['a token without subject', () => sign(consultant, { sub: null })],
    ['a token without role', () => sign({ municipality: '0175' })],
    ['a token with an unknown role', () => sign({ role: 'superuser' })],
    ['a consultant token for an unknown municipality', () => sign({ role: 'consultant', municipality: '9999' })],
    ['an unsigned token (alg none)', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...consultant, sub: 'x', iss: issuer, aud: audience, exp: now + 3600 })}.`],
    ['a token whose header claims alg none but keeps a signature', async () => {
      const [, payload, signature] = (await sign(consultant)).split('.');
      return `${b64({ alg: 'none' })}.${payload}.${signature}`;
    }],
    ['a token with a changed payload', async () => {
      const [header, , signature] = (await sign(consultant)).split('.');
      return `${header}.${b64({ ...consultant, municipality: '0160', sub: 'x', iss: issuer, aud: audience, exp: now + 3600 })}.${signature}`;
    }],
    ['garbage', async () => 'not-a-jwt'],
  ];
}

/** A request to a subgraph signed as the gateway signs it: what an attacker on the internal network captures. */
export function signedSubgraphRequest(
  hub: TestHub, subgraph: string, body: object, headers: Record<string, string>, options: { at?: number; secret?: string } = {},
) {
  const url = hub.subgraphUrls[subgraph];
  const text = JSON.stringify(body);
  const { pathname, search } = new URL(url);
  const signed = signatureHeaders(options.secret ?? hub.config.subgraphSigningSecret,
    { audience: subgraph, method: 'POST', path: pathname + search, headers, body: text }, options.at);
  return { url, init: { method: 'POST', headers: { 'content-type': 'application/json', ...headers, ...signed }, body: text } };
}

/** Sends a GraphQL request straight to a subgraph, signed as the gateway would (or not). */
export async function callSubgraph(
  hub: TestHub, subgraph: string, body: object, headers: Record<string, string>, signed = true,
): Promise<{ status: number; json: any }> {
  const request = signed
    ? signedSubgraphRequest(hub, subgraph, body, headers)
    : { url: hub.subgraphUrls[subgraph], init: { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) } };
  const response = await fetch(request.url, request.init);
  return { status: response.status, json: await response.json().catch(() => null) };
}
