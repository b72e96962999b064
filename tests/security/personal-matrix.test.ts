import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { addCaseNote, listCases, recordContactAttempt, reportSignals, succeeded } from '../support/operations';
import { callSubgraph, signedSubgraphRequest } from './support/forge';
import { callers, householdOwned, mayRead, personalFieldsOfSupergraph, reachFromHousehold, valueAt } from './support/personal-matrix';

/** Every caller × every @personal field, through every door: zero personal values to anyone not allowed. */
describe('the role × personal field matrix', () => {
  let hub: TestHub;
  let householdId: string;
  let caseId: string;
  let residentId: string;
  const resident = {
    bsn: '987654329', initials: 'W.Y.', surnamePrefix: 'ter', surname: 'Kwakkelstein', birthDate: '1966-08-30',
    phone: '0611223344', email: 'w.kwakkelstein@voorbeeld.nl', address: { postcode: '7735 XK', houseNumber: 93, houseNumberSuffix: 'zw' },
  };
  const secrets = [resident.bsn, 'W.Y.', 'Kwakkelstein', '1966-08-30', resident.phone, resident.email, '7735 XK', '7735XK', 'ZW'];
  const expected: Record<string, unknown> = {
    bsn: resident.bsn, initials: 'W.Y.', surnamePrefix: 'ter', surname: 'Kwakkelstein', birthDate: '1966-08-30', phone: resident.phone,
    email: resident.email, postcode: '7735 XK', houseNumber: 93, houseNumberSuffix: 'ZW', text: 'Mrs Kwakkelstein asks for a call',
    note: 'Kwakkelstein reached',
  };

  beforeAll(async () => {
    hub = await startTestHub();
    await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident })]);
    await reportSignals(hub, await hub.token(tokens.vitens), [aSignal({ resident: { address: { postcode: '7772 AB', houseNumber: 2 } } })]);
    await hub.waitForJobs();
    const node = (await listCases(hub, await hub.token(tokens.consultantOmmen))).data!.cases.edges[0].node;
    householdId = node.household.id;
    caseId = node.id;
    const consultant = await hub.token(tokens.consultantOmmen);
    await addCaseNote(hub, consultant, caseId, 'Mrs Kwakkelstein asks for a call');
    await recordContactAttempt(hub, consultant, caseId, { channel: 'PHONE', reached: true, date: '2026-11-26', note: 'Kwakkelstein reached' });
    await hub.waitForJobs();
    residentId = (await succeeded(hub.graphql<{ findResidents: Array<{ id: string }> }>(await hub.token(tokens.privacyOfficer), 'query($bsn: String!) { findResidents(bsn: $bsn) { id } }', { bsn: resident.bsn }))).findResidents[0].id;
  });
  afterAll(() => hub.close());

  const tokenOf = async (claims: object | undefined) => (claims ? `Bearer ${await hub.token(claims as any)}` : undefined);
  const leaks = (body: unknown) => secrets.filter((s) => JSON.stringify(body).includes(s));

  it('covers every @personal field of the supergraph', () => {
    expect(personalFieldsOfSupergraph.length).toBeGreaterThanOrEqual(14);
    for (const { type } of personalFieldsOfSupergraph) expect(Object.keys(reachFromHousehold)).toContain(type);
  });

  it.each(callers)('through the gateway: %s', async (_name, claims) => {
    const token = claims ? await hub.token(claims as any) : undefined;
    const problems: string[] = [];
    for (const { type, field } of personalFieldsOfSupergraph) {
      const path = reachFromHousehold[type](field);
      const probes: Array<[string, string, Record<string, unknown>, (d: any) => any]> = type === 'ResidentRecord' ? [
        ['residentRecord', `query ($id: ID!) { residentRecord(residentId: $id) { ${path} } }`, { id: residentId }, (d) => d?.residentRecord],
      ] : [
        ['cases', `{ cases { edges { node { household { id ${path} } } } } }`, {}, (d) => d?.cases?.edges?.map((e: any) => e.node.household).find((h: any) => h?.id === householdId)],
        ['case', `query ($id: ID!) { case(id: $id) { household { id ${path} } } }`, { id: caseId }, (d) => d?.case?.household],
        ['mySignals', `{ mySignals { edges { node { case { household { id ${path} } } } } } }`, {}, (d) => d?.mySignals?.edges?.map((e: any) => e.node.case?.household).find((h: any) => h?.id === householdId)],
      ];
      if (type === 'Resident') probes.push(['findResidents', `query ($bsn: String!) { findResidents(bsn: $bsn) { ${field} } }`, { bsn: resident.bsn }, (d) => d?.findResidents && { residents: d.findResidents }]);
      for (const [door, query, variables, pick] of probes) {
        const response = await hub.graphql(token, query, variables);
        if (response.status >= 500) problems.push(`${type}.${field} via ${door}: HTTP ${response.status}`);
        const allowed = mayRead(claims, type, field);
        if (!allowed && leaks(response).length) problems.push(`${type}.${field} via ${door} leaked ${leaks(response)}`);
        const value = valueAt(pick(response.data), type, field);
        if (!allowed && value !== undefined && value !== null) problems.push(`${type}.${field} via ${door} returned a value`);
        if (allowed && door === 'cases' && claims && (claims as any).role === 'consultant' && field in expected && value !== expected[field]) {
          problems.push(`${type}.${field} via ${door}: expected ${expected[field]}, got ${value}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(callers)('straight at the household subgraph with a valid gateway signature (_entities): %s', async (_name, claims) => {
    const authorization = await tokenOf(claims);
    const problems: string[] = [];
    for (const { type, field } of personalFieldsOfSupergraph.filter((f) => householdOwned.has(f.type))) {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { ${reachFromHousehold[type](field)} } } }`;
      const { status, json } = await callSubgraph(hub, 'household', { query, variables: { r: [{ __typename: 'Household', id: householdId }] } },
        authorization ? { authorization } : {});
      const allowed = mayRead(claims, type, field);
      const value = valueAt(json?.data?._entities?.[0], type, field);
      if (status >= 500) problems.push(`${type}.${field}: HTTP ${status}`);
      if (!claims && status !== 401) problems.push(`${type}.${field}: anonymous got HTTP ${status}`);
      if (!allowed && (leaks(json).length || (value !== undefined && value !== null))) problems.push(`${type}.${field} leaked`);
      if (!allowed && claims && !json?.errors?.some((e: any) => e.extensions?.code === 'FORBIDDEN')) problems.push(`${type}.${field}: no FORBIDDEN`);
      if (allowed && field in expected && value !== expected[field]) problems.push(`${type}.${field}: expected ${expected[field]}, got ${value}`);
      if (allowed && (value === undefined || value === null) && field in expected) problems.push(`${type}.${field}: allowed but empty`);
    }
    expect(problems).toEqual([]);
  });
  it.each(callers)('straight at the case subgraph with a valid gateway signature (_entities): %s', async (_name, claims) => {
    const authorization = await tokenOf(claims);
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { notes { text } contactAttempts { note } } } }';
    const { status, json } = await callSubgraph(hub, 'case', { query, variables: { r: [{ __typename: 'Case', id: caseId }] } },
      authorization ? { authorization } : {});
    const allowed = mayRead(claims, 'CaseNote', 'text');
    expect(status).toBe(claims ? 200 : 401);
    if (allowed) {
      expect(json.data._entities[0]).toEqual({ notes: [{ text: expected.text }], contactAttempts: [{ note: expected.note }] });
    } else {
      expect(leaks(json)).toEqual([]);
    }
  });
});

describe('a subgraph reached around the gateway, with forged identity headers', () => {
  let hub: TestHub;
  let householdId: string;
  beforeAll(async () => {
    hub = await startTestHub();
    await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident: { surname: 'Omzeilstra' } })]);
    await hub.waitForJobs();
    householdId = (await listCases(hub, await hub.token(tokens.consultantOmmen))).data!.cases.edges[0].node.household.id;
  });
  afterAll(() => hub.close());

  const allPersonal = `address { postcode houseNumber houseNumberSuffix street city } residents { id bsn initials surnamePrefix surname birthDate phone email }`;

  it('refuses every unsigned, wrongly signed, stale or altered request with 401, _entities and _service included', async () => {
    const identity = {
      authorization: `Bearer ${await hub.token(tokens.consultantOmmen)}`, 'x-client-address': '10.0.0.1', 'x-trace-id': 'forged', 'x-purpose': 'casework',
    };
    const body = { query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id ${allPersonal} } } }`, variables: { r: [{ __typename: 'Household', id: householdId }] } };
    const signedFor = (subgraph: string, headers: Record<string, string>, signedBody: object, options: { at?: number; secret?: string } = {}) =>
      signedSubgraphRequest(hub, subgraph, signedBody, headers, options).init.headers as Record<string, string>;
    const hardenberg = { ...identity, authorization: `Bearer ${await hub.token(tokens.consultantHardenberg)}` };
    const attempts: Array<[string, object, (subgraph: string) => Record<string, string>]> = [
      ['no signature', body, () => identity],
      ['a signature made with another secret', body, (subgraph) => signedFor(subgraph, identity, body, { secret: 'z'.repeat(43) })],
      ['a stale signature (two minutes old)', body, (subgraph) => signedFor(subgraph, identity, body, { at: Date.now() - 120_000 })],
      ['a signature over another body', body, (subgraph) => signedFor(subgraph, identity, { query: '{ _service { sdl } }' })],
      ['a signed request whose token was swapped afterwards', body, (subgraph) => ({ ...signedFor(subgraph, hardenberg, body), authorization: identity.authorization })],
      ['a signed request whose purpose was swapped afterwards', body, (subgraph) => ({ ...signedFor(subgraph, identity, body), 'x-purpose': 'research' })],
      ['a signature with a malformed request id', body, (subgraph) => ({ ...signedFor(subgraph, identity, body), 'x-hub-request-id': 'x' })],
      ['an unsigned _service query', { query: '{ _service { sdl } }' }, () => identity],
    ];
    for (const [name, sent, headers] of attempts) {
      for (const [subgraph, url] of Object.entries(hub.subgraphUrls)) {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers(subgraph) }, body: JSON.stringify(sent) });
        const text = await response.text();
        expect([name, url, response.status]).toEqual([name, url, 401]);
        expect(text).not.toContain('Omzeilstra');
        expect(text).not.toContain('7731');
      }
    }
  });
});
