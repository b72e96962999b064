import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { listCases, reportAndMatch, succeeded } from '../support/operations';
import { callSubgraph } from './support/forge';

const refusalsQuery = `query($from: DateTime!, $to: DateTime!, $after: ID) {
  accessRefusals(from: $from, to: $to, first: 1000, after: $after) { seq at action objectType objectId fields purpose actor actorRole } }`;

interface Refusal { seq: string; at: string; action: string; objectType: string; objectId: string; fields: string[]; purpose: string; actor: string; actorRole: string }
type Refusals = { accessRefusals: Refusal[] };

/** Purposes per role, every refusal in the access log, and nothing trusted from an entity representation. */
describe('purposes and refusals', () => {
  let hub: TestHub;
  let ommenCase: { id: string; household: { id: string }; signals: Array<{ id: string }> };
  const refusals = async () => {
    await hub.waitForJobs();
    return (await succeeded(hub.graphql<Refusals>(await hub.token(tokens.privacyOfficer), refusalsQuery, { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' }))).accessRefusals;
  };

  beforeAll(async () => {
    hub = await startTestHub();
    await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident: { surname: 'Doelbewust' } })]);
    ommenCase = (await listCases(hub, await hub.token(tokens.consultantOmmen))).data!.cases.edges[0].node;
  });
  afterAll(() => hub.close());

  it.each([
    ['a consultant declaring the privacy officer\'s access-request', tokens.consultantOmmen, 'access-request'],
    ['a consultant declaring an unknown purpose', tokens.consultantOmmen, 'research'],
    ['an analyst declaring casework', tokens.analyst, 'casework'],
  ])('refuses %s, shows nothing and logs the refusal', async (_name, claims, purpose) => {
    const response = await hub.graphql(await hub.token(claims), '{ cases(first: 5) { edges { node { household { residents { surname } } } } } }', {}, { 'x-purpose': purpose });
    expect(JSON.stringify(response)).not.toContain('Doelbewust');
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await refusals()).filter((r) => r.objectType === 'Purpose' && r.objectId === purpose && r.purpose === purpose && r.actorRole === claims.role)).not.toHaveLength(0);
  });

  it('lets the privacy officer declare access-request, and the consultant warm-handover', async () => {
    const officer = await hub.graphql(await hub.token(tokens.privacyOfficer), '{ accessRefusals(from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { seq } }', {}, { 'x-purpose': 'access-request' });
    expect(officer.errors).toBeUndefined();
    const consultant = await hub.graphql(await hub.token(tokens.consultantOmmen), '{ cases(first: 5) { edges { node { id } } } }', {}, { 'x-purpose': 'warm-handover' });
    expect(consultant.errors).toBeUndefined();
  });

  it("logs a consultant probing another municipality's case ids, by query and by mutation", async () => {
    const hardenberg = await hub.token(tokens.consultantHardenberg);
    const probe = await hub.graphql<{ case: { id: string } | null }>(hardenberg, 'query($id: ID!) { case(id: $id) { id } }', { id: ommenCase.id });
    expect(probe.data?.case).toBeNull();
    const write = await hub.graphql(hardenberg, 'mutation($id: ID!) { addCaseNote(caseId: $id, text: "hallo") { id } }', { id: ommenCase.id });
    expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const made = await hub.graphql<{ case: { id: string } | null }>(hardenberg, 'query { case(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(made.data?.case).toBeNull();
    const traces = (await refusals()).filter((r) => r.actor === 'consultant-hardenberg' && r.objectType === 'Case');
    expect(traces.map((r) => [r.action, r.objectId, r.fields])).toEqual(expect.arrayContaining([
      ['read', ommenCase.id, ['Query.case']], ['write', ommenCase.id, ['Case']], ['read', '00000000-0000-4000-8000-000000000000', ['Query.case']],
    ]));
  });

  it('logs a root field refused to a role', async () => {
    const response = await hub.graphql(await hub.token(tokens.analyst), '{ cases(first: 1) { edges { node { id } } } }');
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await refusals()).filter((r) => r.actorRole === 'analyst' && r.fields.includes('Query.cases'))).not.toHaveLength(0);
  });

  it('lists refusals only to the privacy officer, a period at a time', async () => {
    for (const claims of [tokens.consultantOmmen, tokens.analyst, tokens.cbs]) {
      const response = await hub.graphql(await hub.token(claims), refusalsQuery, { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const all = await refusals();
    const none = await hub.graphql<Refusals>(await hub.token(tokens.privacyOfficer), refusalsQuery, { from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' });
    // At least the three refusals just caused (whatever other tests of this file ran before).
    expect(all.filter((r) => r.fields.includes('Query.accessRefusals')).map((r) => r.actorRole)).toEqual(expect.arrayContaining(['consultant', 'analyst', 'cbs']));
    expect(none.data?.accessRefusals).toEqual([]);
    const next = await hub.graphql<Refusals>(await hub.token(tokens.privacyOfficer), refusalsQuery, { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z', after: all[1].seq });
    expect(next.data?.accessRefusals.map((r) => r.seq)).toEqual(all.slice(2).map((r) => r.seq));
  });

  it('trusts no authorisation fact from an entity representation sent straight to a subgraph', async () => {
    const authorization = `Bearer ${await hub.token(tokens.consultantHardenberg)}`;
    const claimsOwnership = (typename: string, id: string) => ({ __typename: typename, id, municipalityCode: '0160', householdId: ommenCase.household.id });
    const viaSignal = await callSubgraph(hub, 'household', {
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Signal { resident { id surname } household { id residents { surname } } } } }',
      variables: { r: [claimsOwnership('Signal', ommenCase.signals[0].id)] },
    }, { authorization });
    expect(JSON.stringify(viaSignal.json)).not.toContain('Doelbewust');
    const viaHousehold = await callSubgraph(hub, 'case', {
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { cases { id } } } }',
      variables: { r: [claimsOwnership('Household', ommenCase.household.id)] },
    }, { authorization });
    expect(viaHousehold.json.data._entities[0].cases).toEqual([]);
  });
});
