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

  it('answers them with 401 at every subgraph too, even when the request itself is correctly signed', async () => {
    for (const [name, make] of forgedTokens(hub)) {
      for (const subgraph of Object.keys(hub.subgraphUrls)) {
        const response = await callSubgraph(hub, subgraph, { query: '{ _service { sdl } }' }, { authorization: `Bearer ${await make()}` });
        expect([name, subgraph, response.status]).toEqual([name, subgraph, 401]);
      }
    }
  });
});
