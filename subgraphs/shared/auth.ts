import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig, HubConfig } from '../../config';
import { roles, type Role, type Viewer } from './viewer';

export class AuthenticationError extends Error {}

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

/** Verifies issuer, audience, expiry and signature, then the claims each role needs. */
export function createTokenVerifier(auth: AuthConfig, pilot: Pick<HubConfig, 'municipalities' | 'partners'>): TokenVerifier {
  const key = auth.jwksUrl
    ? createRemoteJWKSet(new URL(auth.jwksUrl))
    : new TextEncoder().encode(auth.jwtSecret);
  const algorithms = auth.jwksUrl ? ['RS256', 'ES256', 'PS256'] : ['HS256'];
  const municipalities = new Set(pilot.municipalities.map((m) => m.code));
  const partners = new Set(pilot.partners.map((p) => p.code));

  const verified = new VerifiedTokens();

  return async (authorization) => {
    const match = /^Bearer (\S+)$/i.exec(authorization ?? '');
    if (!match) throw new AuthenticationError('An Authorization: Bearer <token> header is required');
    const token = match[1];
    const known = verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: auth.issuer, audience: auth.audience, algorithms, requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch {
      throw new AuthenticationError('The token is invalid or expired');
    }
    checkLifetime(payload, auth.maxTokenLifetimeSeconds);
    const viewer = viewerFromClaims(payload, municipalities, partners);
    verified.add(token, viewer, (payload.exp as number) * 1000);
    return { ...viewer };
  };
}

/**
 * Tokens this process has verified, until they expire. A consultant's frontend sends the same
 * token with every request; checking its signature each time (WebCrypto HMAC or RSA) was the
 * gateway's largest single cost under the queue's load. Only a token that passed every check
 * is kept, keyed by its exact text, and only until its `exp` (bounded by `checkLifetime`), so the
 * cache grants nothing the token's own signature did not grant until then. A signing key withdrawn
 * from the JWKS stops new tokens at once; tokens already verified live out their `exp`.
 */
class VerifiedTokens {
  private readonly viewers = new Map<string, { viewer: Viewer; expiresAtMs: number }>();

  constructor(private readonly capacity = 10_000) {}

  get(token: string): Viewer | undefined {
    const entry = this.viewers.get(token);
    if (!entry) return undefined;
    if (Date.now() >= entry.expiresAtMs) {
      this.viewers.delete(token);
      return undefined;
    }
    return { ...entry.viewer };
  }

  add(token: string, viewer: Viewer, expiresAtMs: number): void {
    // A Map iterates in insertion order: the oldest entry goes first when it is full.
    if (this.viewers.size >= this.capacity) this.viewers.delete(this.viewers.keys().next().value as string);
    this.viewers.set(token, { viewer, expiresAtMs });
  }
}

/** Clocks of identity provider and hub may differ this much. */
const clockSkewSeconds = 30;

/** A stolen token is useful only for a short while: `exp - iat` is bounded, and `iat` may not lie in the future. */
function checkLifetime(claims: JWTPayload, maxSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.iat !== 'number' || claims.iat > now + clockSkewSeconds) throw new AuthenticationError('The token is issued in the future');
  if (typeof claims.exp !== 'number' || claims.exp - claims.iat > maxSeconds) {
    throw new AuthenticationError(`The token lives longer than ${maxSeconds} seconds`);
  }
}

function viewerFromClaims(claims: JWTPayload, municipalities: Set<string>, partners: Set<string>): Viewer {
  const role = claims.role as Role;
  if (!roles.includes(role)) throw new AuthenticationError('The token has no known role');
  const viewer: Viewer = { sub: String(claims.sub), role };
  if (role === 'partner') {
    if (typeof claims.org !== 'string' || !partners.has(claims.org)) throw new AuthenticationError('A partner token needs a known org claim');
    viewer.org = claims.org;
  }
  if (role === 'consultant') {
    if (typeof claims.municipality !== 'string' || !municipalities.has(claims.municipality)) {
      throw new AuthenticationError('A consultant token needs a known municipality claim');
    }
    viewer.municipality = claims.municipality;
  }
  return viewer;
}
