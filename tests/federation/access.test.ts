import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { caseOfSignal, evaluation, getCase, listCases, mySignals, reportAndMatch, reportSignals } from '../support/operations';
import { pilotPartners } from '../../config/pilot';
import { SignJWT } from 'jose';

/** Partners of this file's own, beside the pilot's: a test that counts what a partner sees has one nobody else reports for. */
const ownPartners = [
  { code: 'partner-own-a', name: 'Own A', type: 'RENT' }, { code: 'partner-own-b', name: 'Own B', type: 'WATER' },
  { code: 'partner-paging', name: 'Paging', type: 'ENERGY' },
];
const partnerToken = (org: string) => ({ role: 'partner', org }) as const;

describe('who may do what through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { PARTNERS: JSON.stringify([...pilotPartners, ...ownPartners]) } });
  });
  afterAll(() => hub.close());

  const sign = (claims: Record<string, unknown>, secret = hub.config.auth.jwtSecret!, exp = '1h') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuer(hub.config.auth.issuer)
      .setAudience(hub.config.auth.audience).setExpirationTime(exp).sign(new TextEncoder().encode(secret));

  it('answers a request without a token with 401 UNAUTHENTICATED', async () => {
    const response = await hub.graphql(undefined, '{ cases { edges { cursor } } }');
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a token signed with another secret', () => sign({ role: 'analyst' }, 'x'.repeat(40))],
    ['an expired token', () => sign({ role: 'analyst' }, undefined, '-1m')],
    ['a token with an unknown role', () => sign({ role: 'admin' })],
    ['a consultant token without a municipality', () => sign({ role: 'consultant' })],
    ['a partner token for an unknown partner', () => sign({ role: 'partner', org: 'unknown-bv' })],
  ])('answers %s with UNAUTHENTICATED', async (_name, make) => {
    const response = await hub.graphql(await make(), '{ evaluation(from: "2026-01-01", to: "2026-12-31") { suppressionThreshold } }');
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an analyst listing cases', tokens.analyst, '{ cases { edges { cursor } } }'],
    ['a partner listing cases', tokens.vechtdalWonen, '{ cases { edges { cursor } } }'],
    ['a consultant reporting signals', tokens.consultantOmmen, 'mutation { reportSignals(signals: []) { rejected { code } } }'],
    ['a consultant asking for the evaluation', tokens.consultantOmmen, '{ evaluation(from: "2026-01-01", to: "2026-12-31") { suppressionThreshold } }'],
    ['a partner asking for the evaluation', tokens.vitens, '{ evaluation(from: "2026-01-01", to: "2026-12-31") { suppressionThreshold } }'],
    ['an analyst asking for partner signals', tokens.analyst, '{ mySignals { edges { cursor } } }'],
  ])('refuses %s with FORBIDDEN', async (_name, claims, query) => {
    const response = await hub.graphql(await hub.token(claims), query);
    expect(response.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
  });

  it('shows a consultant of Hardenberg only Hardenberg cases', async () => {
    const [inOmmen, inHardenberg] = await reportAndMatch(hub, await hub.token(tokens.vitens), [
      aSignal(), aSignal({ resident: { address: { postcode: '7771 AA', houseNumber: 4 } } }),
    ]);
    const ommenCase = await caseOfSignal(hub, await hub.token(tokens.consultantOmmen), inOmmen.id);
    const hardenberg = await hub.token(tokens.consultantHardenberg);
    const cases = (await listCases(hub, hardenberg)).data!.cases.edges.map((e) => e.node);
    expect(cases.filter((c) => c.signals.some((s) => s.id === inHardenberg.id))).toHaveLength(1);
    expect(cases.filter((c) => c.id === ommenCase.id)).toEqual([]);
    expect(cases.every((c) => c.municipality.code === '0160')).toBe(true);
    expect((await getCase(hub, hardenberg, ommenCase.id)).data!.case).toBeNull();
  });

  it('shows a partner only its own signals, and never the case behind them', async () => {
    const [own, other] = [await hub.token(partnerToken('partner-own-a')), await hub.token(partnerToken('partner-own-b'))];
    const [mineReported] = await reportAndMatch(hub, own, [aSignal()]);
    const mine = (await mySignals(hub, own)).data!.mySignals.edges;
    expect(mine.map((e) => e.node.id)).toEqual([mineReported.id]);
    const theirs = (await mySignals(hub, other)).data!.mySignals.edges;
    expect(theirs).toHaveLength(0);
    const withCase = await hub.graphql(own, '{ mySignals { edges { node { id case { id } } } } }');
    expect(withCase.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((withCase.data as any).mySignals.edges[0].node.case).toBeNull();
  });

  it('pages through mySignals with a cursor', async () => {
    const partner = await hub.token(partnerToken('partner-paging'));
    await reportSignals(hub, partner, [aSignal(), aSignal(), aSignal()]);
    const first = (await mySignals(hub, partner, 2)).data!.mySignals;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await mySignals(hub, partner, 2, first.pageInfo.endCursor)).data!.mySignals;
    expect(rest.edges).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...rest.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(3);
    await hub.waitForJobs();
  });

  it('answers broken JSON and broken GraphQL with 400 and a clear message', async () => {
    const token = await hub.token(tokens.analyst);
    const broken = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as any).errors[0].message).toMatch(/not valid JSON/);
    const syntax = await hub.graphql(token, '{ evaluation(from: ');
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a request to a subgraph that the gateway did not sign, before executing anything', async () => {
    const token = await hub.token(tokens.consultantOmmen);
    for (const url of Object.values(hub.subgraphUrls)) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
      expect(response.status).toBe(401);
    }
  });

  it('keeps the evaluation free of cells below the suppression threshold', async () => {
    // A month of its own: no other test's signal is counted in it.
    const inMonth = { signalDate: '2025-06-10', arrearsSince: '2025-05-01' };
    await reportAndMatch(hub, await hub.token(tokens.vitens), [
      aSignal(inMonth), aSignal({ ...inMonth, resident: { address: { postcode: '7771 AB', houseNumber: 4 } } }),
    ]);
    const { data } = await evaluation(hub, await hub.token(tokens.analyst), { from: '2025-06-01', to: '2025-06-30', groupBy: ['MUNICIPALITY'] });
    expect(data!.evaluation.suppressionThreshold).toBe(10);
    expect(data!.evaluation.rows.map((r) => r.municipality).sort()).toEqual(['0160', '0175']);
    expect(data!.evaluation.rows.every((r) => r.signals === null && r.suppressed)).toBe(true);
  });
});
