export type Role = 'partner' | 'consultant' | 'analyst' | 'privacy_officer' | 'cbs';

/** Who is logged in, from the access token's claims (the hub verifies the token; this only reads it). */
export interface Session {
  token: string;
  role: Role;
  sub: string;
  municipality?: string;
  org?: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  source: 'development' | 'oidc';
}

export function sessionFromToken(token: string, source: Session['source']): Session {
  const payload = JSON.parse(decodeBase64Url(token.split('.')[1] ?? '')) as Record<string, unknown>;
  return {
    token,
    source,
    role: String(payload.role) as Role,
    sub: String(payload.sub ?? ''),
    municipality: typeof payload.municipality === 'string' ? payload.municipality : undefined,
    org: typeof payload.org === 'string' ? payload.org : undefined,
    expiresAt: Number(payload.exp ?? 0) * 1000,
  };
}

function decodeBase64Url(value: string): string {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}
