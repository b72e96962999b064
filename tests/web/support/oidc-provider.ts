import { join } from 'node:path';

export const hubResource = 'urn:voor-elkaar:hub';

export interface TestProvider { issuer: string; close(): Promise<void>; configure(hubUrl: string, accessTokenSeconds: number): void }

/**
 * A real OpenID Connect provider (panva's oidc-provider, ESM-only) for the browser tests:
 * authorization code flow with PKCE required, JWT access tokens for the hub (RS256, published at
 * /jwks), its own development login and consent pages, and RP-initiated logout.
 */
export function startTestProvider(): Promise<TestProvider> {
  const module = (globalThis as any).__nativeRequire(join(__dirname, 'provider-server.cjs'));
  return module.startTestProvider(hubResource);
}
