import { randomBytes } from 'node:crypto';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportSignals } from '../support/operations';
import { callSubgraph } from './support/forge';

/** What a stranger learns from the hub in production mode: nothing about its schema or internals. */
describe('the gateway in production mode', () => {
  let hub: TestHub;
  let consultant: string;
  beforeAll(async () => {
    hub = await startTestHub({
      env: {
        NODE_ENV: 'production', AUTH_ISSUER: 'https://login.example.nl', AUTH_AUDIENCE: 'voor-elkaar-hub',
        PERSONAL_DATA_KEYS: JSON.stringify({ k2026: randomBytes(32).toString('base64') }), PERSONAL_DATA_KEY_ID: 'k2026',
        MAX_QUERY_DEPTH: '8', MAX_QUERY_ALIASES: '5', MAX_QUERY_DIRECTIVES: '3', MAX_QUERY_TOKENS: '400', MAX_QUERY_COST: '20000',
      },
    });
    consultant = await hub.token(tokens.consultantOmmen);
    await reportSignals(hub, await hub.token(tokens.vitens), [aSignal()]);
    await hub.waitForJobs();
  });
  afterAll(() => hub.close());

  const revealsNothing = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const secret of ['Did you mean', 'stacktrace', 'serviceName', 'http://', '127.0.0.1', 'household', 'casework', 'select ', 'decrypt', 'Resident', 'surname']) {
      expect(text).not.toContain(secret);
    }
  };

  it('has introspection off', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Resident") { fields { name } } }']) {
      const response = await hub.graphql(consultant, query);
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      revealsNothing(response);
    }
  });

  it('suggests no field, type or argument names', async () => {
    for (const query of ['{ case { idd } }', '{ casess { edges { cursor } } }', '{ cases(firs: 1) { edges { cursor } } }', '{ cases { edges { node { househol { id } } } } }']) {
      const response = await hub.graphql(consultant, query);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      revealsNothing(response);
    }
  });

  it('has introspection and suggestions off at every subgraph too, even for a signed request', async () => {
    const authorization = `Bearer ${consultant}`;
    for (const subgraph of Object.keys(hub.subgraphUrls)) {
      for (const query of ['{ __schema { types { name } } }', '{ casess { edges { cursor } } }', '{ _entities(representations: []) { ... on Househol { id } } }']) {
        const { status, json } = await callSubgraph(hub, subgraph, { query }, { authorization });
        expect(status).toBe(400);
        revealsNothing(json.errors.map((e: any) => [e.message, e.extensions]));
      }
    }
  });

  it('masks an internal failure: no stack, SQL, subgraph name or URL', async () => {
    const query = '{ cases { edges { node { id household { residents { surname } } } } } }';
    expect((await hub.graphql(consultant, query)).errors).toBeUndefined();
    // The household subgraph's table vanishes: its SQL fails, an internal error that must not show.
    await hub.db.query('alter table household.resident rename to resident_gone');
    const response = await hub.graphql(consultant, query).finally(() => hub.db.query('alter table household.resident_gone rename to resident'));
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors!.every((e) => e.message === 'Internal server error' && e.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBe(true);
    revealsNothing(response.errors!.map((e) => [e.message, e.extensions]));
  });

  it.each([
    ['too deep', '{ cases { edges { node { household { cases { household { cases { household { id } } } } } } } } }', /nested \d+ levels deep; at most 8/],
    ['too many aliases', '{ a: __typename b: __typename c: __typename d: __typename e: __typename f: __typename }', /6 aliases; at most 5/],
    ['too many directives', '{ __typename @skip(if: false) @include(if: true) a: __typename @skip(if: false) b: __typename @skip(if: false) }', /4 directives; at most 3/],
    ['too costly', '{ cases(first: 100) { edges { node { signals { id externalId } household { residents { surname } cases { signals { id } } } } } } }', /estimated cost is \d+; at most 20000/],
    ['too many tokens', `{ ${Array.from({ length: 500 }, () => '__typename').join(' ')} }`, /more th[ae][nt] 400 tokens/],
    ['a subscription', 'subscription { __typename }', /Subscriptions are not supported/],
  ])('rejects an operation that is %s with 400 and a clear message', async (_name, query, message) => {
    const response = await hub.graphql(consultant, query);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(message);
  });

  it('accepts an ordinary consultant query within the limits', async () => {
    const response = await hub.graphql(consultant, '{ cases(first: 20) { edges { node { id household { address { postcode } residents { initials } } } } } }');
    expect(response.status).toBe(200);
  });

  it('refuses requests a browser could send cross-site (CSRF prevention)', async () => {
    const simplePost = await fetch(`${hub.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${consultant}` }, body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simplePost.status).toBe(400);
    const get = await fetch(`${hub.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { authorization: `Bearer ${consultant}` } });
    expect(get.status).toBe(400);
  });

  it('refuses a body above the maximum request size with 413', async () => {
    const response = await hub.graphql(consultant, `{ __typename } # ${'x'.repeat(hub.config.gateway.maxRequestBytes)}`);
    expect(response.status).toBe(413);
  });
});
