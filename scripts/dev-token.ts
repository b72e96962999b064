import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import type { AuthConfig } from '../config';

export interface TokenClaims { role: string; sub?: string; org?: string; municipality?: string }

/** A development JWT signed with the hub's HS256 secret; production tokens come from the identity provider. */
export async function signDevToken(auth: AuthConfig, claims: TokenClaims, expiresIn = '1h'): Promise<string> {
  if (!auth.jwtSecret) throw new Error('AUTH_JWT_SECRET is not set: development tokens need the HS256 secret');
  const { sub, ...rest } = claims;
  return new SignJWT(Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub ?? `${claims.role}-${claims.org ?? claims.municipality ?? 'dev'}`)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(auth.jwtSecret));
}
