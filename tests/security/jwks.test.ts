import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';

/** Production verifies tokens against the identity provider's JWKS: here a JWKS served on loopback. */
describe('tokens from an identity provider with a JWKS endpoint', () => {
  let hub: TestHub;
  let jwks: Server;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    hub = await startTestHub({ env: { AUTH_JWKS_URL: url, AUTH_ISSUER: 'https://login.example.nl', AUTH_AUDIENCE: 'voor-elkaar-hub' } });
  });
  afterAll(async () => {
    await hub.close();
    jwks.close();
  });

  const idpToken = (claims: Record<string, unknown>, kid = 'idp-key-1') => new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid }).setSubject('analyst-1').setIssuer('https://login.example.nl')
    .setAudience('voor-elkaar-hub').setIssuedAt().setExpirationTime('5m').sign(privateKey);

  const query = '{ evaluation(from: "2026-01-01", to: "2026-01-31") { suppressionThreshold } }';

  it("accepts a token signed with the provider's key, at the gateway and at every subgraph", async () => {
    const response = await hub.graphql(await idpToken({ role: 'analyst' }), query);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect((response.data as any).evaluation.suppressionThreshold).toBe(10);
  });

  it('refuses a development token signed with a shared secret, and a key the provider does not publish', async () => {
    const development = await hub.graphql(await hub.token(tokens.analyst), query);
    expect(development.status).toBe(401);
    const otherKey = await generateKeyPair('RS256');
    const forged = await new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'RS256', kid: 'idp-key-1' }).setSubject('x')
      .setIssuer('https://login.example.nl').setAudience('voor-elkaar-hub').setExpirationTime('5m').sign(otherKey.privateKey);
    expect((await hub.graphql(forged, query)).status).toBe(401);
  });
});
