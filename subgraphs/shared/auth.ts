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

  return async (authorization) => {
    const match = /^Bearer (\S+)$/i.exec(authorization ?? '');
    if (!match) throw new AuthenticationError('An Authorization: Bearer <token> header is required');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], key as Uint8Array, {
        issuer: auth.issuer, audience: auth.audience, algorithms, requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch {
      throw new AuthenticationError('The token is invalid or expired');
    }
    checkLifetime(payload, auth.maxTokenLifetimeSeconds);
    return viewerFromClaims(payload, municipalities, partners);
  };
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
