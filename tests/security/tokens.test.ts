import { SignJWT } from 'jose';
import { startTestHub, type TestHub } from '../support/hub';
import { callSubgraph, forgedTokens } from './support/forge';

describe('tokens', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startTestHub(); });
  afterAll(() => hub.close());

  const query = '{ cases { edges { node { household { residents { surname } } } } } }';

  it('answers a request without a token with 401 UNAUTHENTICATED', async () => {
    const response = await hub.graphql(undefined, query);
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers every forged, expired or incomplete token with 401 UNAUTHENTICATED at the gateway', async () => {
    for (const [name, make] of forgedTokens(hub)) {
      const response = await hub.graphql(await make(), query);
      expect([name, response.status, response.errors?.[0].extensions?.code]).toEqual([name, 401, 'UNAUTHENTICATED']);
      expect(response.data).toBeUndefined();
    }
  });

  // The gateway and the subgraphs keep the tokens they verified until they expire (auth.ts): that must not stretch a token's life or its claims.
  it('refuses a token from the second it expires, though it was accepted just before, at the gateway and at every subgraph', async () => {
    const { issuer, audience, jwtSecret } = hub.config.auth;
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ role: 'consultant', municipality: '0175' }).setProtectedHeader({ alg: 'HS256' })
      .setIssuer(issuer).setAudience(audience).setSubject('consultant-soon-expired').setIssuedAt(now).setExpirationTime(now + 3)
      .sign(new TextEncoder().encode(jwtSecret));
    const accepted = await hub.graphql(token, query);
    expect([accepted.status, accepted.errors]).toEqual([200, undefined]);
    for (const subgraph of Object.keys(hub.subgraphUrls)) {
      expect([subgraph, (await callSubgraph(hub, subgraph, { query: '{ _service { sdl } }' }, { authorization: `Bearer ${token}` })).status]).toEqual([subgraph, 200]);
    }
    // The same claims with one character of the signature changed are another token, and no token at all.
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await hub.graphql(tampered, query)).status).toBe(401);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, (now + 3) * 1000 - Date.now()) + 50));
    const refused = await hub.graphql(token, query);
    expect([refused.status, refused.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    for (const subgraph of Object.keys(hub.subgraphUrls)) {
      expect([subgraph, (await callSubgraph(hub, subgraph, { query: '{ _service { sdl } }' }, { authorization: `Bearer ${token}` })).status]).toEqual([subgraph, 401]);
    }
  });

  it('answers them with 401 at every subgraph too, even when the request itself is correctly signed', async () => {
    for (const [name, make] of forgedTokens(hub)) {
      for (const subgraph of Object.keys(hub.subgraphUrls)) {
        const response = await callSubgraph(hub, subgraph, { query: '{ _service { sdl } }' }, { authorization: `Bearer ${await make()}` });
        expect([name, subgraph, response.status]).toEqual([name, subgraph, 401]);
      }
    }
  });
});
