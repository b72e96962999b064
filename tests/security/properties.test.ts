import fc from 'fast-check';
import { aBsn, aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { caseOfSignal, reportAndMatch, reportSignals } from '../support/operations';

/** Values a careless or hostile client sends where a string, number or date is expected. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '', ' ', 'a\u0000b', "x'); drop table signal.signal; --", '" or 1=1 --', '{"$ne": null}', '\u202eevil', 'A'.repeat(5000),
    '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '1000-01-01', '2026-1-1', '20261120', '2026-11-20T00:00:00Z',
    'WyIxIiwiMiJd', 'bm9wZQ', 'W251bGxd', '00000000-0000-0000-0000-000000000000', '7731 AB', '-1', 'NaN', 'null',
  ),
);
const hostileNumber = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 53), fc.double({ noNaN: true, noDefaultInfinity: true }));
const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    hostileText, hostileNumber, fc.boolean(), fc.constant(null), fc.constant({ $ne: null }),
    fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 })),
})).value;
/** Mostly the right shape, sometimes anything: reaches past coercion into the resolvers. */
const either = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: anyValue });
const validDate = fc.date({ min: new Date('1900-01-01'), max: new Date('2026-11-26'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const dateLike = either(fc.oneof(validDate, hostileText));
const enumOf = (...values: string[]) => either(fc.constantFrom(...values));
const outcomes = ['BUDGET_ADVICE_QUICK_FIX', 'NO_CONTACT_POSSIBLE', 'ALREADY_IN_DEBT_SERVICES', 'NOT_PICKED_UP_REPEAT', 'FOLLOW_UP_HELP_FINANCIAL'];

const residentLike = fc.record({
  bsn: either(fc.constant(aBsn())), initials: either(fc.constant('J.')), surnamePrefix: either(fc.constant('van')),
  surname: either(fc.constant('Jansen')), birthDate: dateLike, phone: either(fc.constant('0612345678')), email: either(fc.constant('a@b.nl')),
  address: either(fc.record({ postcode: either(fc.constantFrom('7731 AB', '7771AB', '1234 AB')), houseNumber: either(fc.integer({ min: 1, max: 200 })), houseNumberSuffix: either(fc.constantFrom('A', '-1', '1')) })),
}, { requiredKeys: [] });
const signalLike = fc.record({
  externalId: either(fc.uuid()), signalDate: dateLike, arrearsSince: dateLike, amountEuro: either(fc.integer({ min: 1, max: 5000 })),
  crisis: either(fc.boolean()), warmHandover: either(fc.boolean()), resident: either(residentLike),
}, { requiredKeys: [] });

/** What a client may never see: an internal error, a service URL, SQL or a stack trace. */
function internals(status: number, text: string): string[] {
  const found = [/INTERNAL_SERVER_ERROR/, /https?:\/\/127\.0\.0\.1:\d+/, /\b(select|insert|update|delete) .*\b(from|into|set)\b/i, /\bat .+\.(ts|js):\d+/]
    .filter((pattern) => pattern.test(text)).map(String);
  return status >= 500 ? [`HTTP ${status}`, ...found] : found;
}

describe('random and hostile values for every argument of every public operation', () => {
  let hub: TestHub;
  const as: Record<string, string> = {};
  let caseIds: string[] = [];
  let residentId: string;
  beforeAll(async () => {
    hub = await startTestHub();
    for (const [name, claims] of Object.entries(tokens)) as[name] = await hub.token(claims);
    const signals = await reportAndMatch(hub, as.vechtdalWonen, [aSignal(), aSignal(), aSignal()]);
    caseIds = await Promise.all(signals.map(async (s) => (await caseOfSignal(hub, as.consultantOmmen, s.id)).id));
    const found = await hub.graphql<{ findResidents: Array<{ id: string }> }>(as.privacyOfficer, 'query ($bsn: String!) { findResidents(bsn: $bsn) { id } }', { bsn: aBsn() });
    residentId = found.data?.findResidents[0]?.id ?? '00000000-0000-4000-8000-000000000000';
  });
  afterAll(() => hub.close());

  const operations: Array<{ name: string; role: keyof typeof tokens; query: string; variables: () => fc.Arbitrary<Record<string, unknown>>; headers?: Record<string, string> }> = [
    { name: 'reportSignals', role: 'vechtdalWonen', query: 'mutation ($signals: [SignalInput!]!) { reportSignals(signals: $signals) { accepted { id } rejected { code message } } }',
      variables: () => fc.record({ signals: either(fc.array(either(signalLike), { maxLength: 3 })) }) },
    { name: 'withdrawSignal', role: 'vechtdalWonen', query: 'mutation ($e: String!, $r: WithdrawalReason!) { withdrawSignal(externalId: $e, reason: $r) { id status } }',
      variables: () => fc.record({ e: either(hostileText), r: enumOf('PAID', 'ARRANGED', 'SENT_IN_ERROR') }) },
    { name: 'mySignals', role: 'vechtdalWonen', query: 'query ($first: Int, $after: String) { mySignals(first: $first, after: $after) { edges { cursor } } }',
      variables: () => fc.record({ first: either(fc.integer({ min: -5, max: 200 })), after: either(hostileText) }, { requiredKeys: [] }) },
    { name: 'cases', role: 'consultantOmmen', query: 'query ($f: CaseFilter, $first: Int, $after: String) { cases(filter: $f, first: $first, after: $after) { edges { cursor node { id } } } }',
      variables: () => fc.record({
        f: either(fc.record({ status: enumOf('OPEN', 'PICKED_UP', 'CLOSED'), overdue: either(fc.boolean()), crisis: either(fc.boolean()), multiple: either(fc.boolean()), assignedToMe: either(fc.boolean()) }, { requiredKeys: [] })),
        first: either(fc.integer({ min: -5, max: 200 })), after: either(hostileText),
      }, { requiredKeys: [] }) },
    { name: 'case', role: 'consultantOmmen', query: 'query ($id: ID!) { case(id: $id) { id household { address { postcode } } } }',
      variables: () => fc.record({ id: either(fc.oneof(fc.constantFrom(...caseIds), fc.uuid())) }) },
    { name: 'recordContactAttempt', role: 'consultantOmmen', query: 'mutation ($id: ID!, $a: ContactAttemptInput!) { recordContactAttempt(caseId: $id, attempt: $a) { id } }',
      variables: () => fc.record({
        id: either(fc.constantFrom(...caseIds)),
        a: either(fc.record({ channel: enumOf('PHONE', 'LETTER'), reached: either(fc.boolean()), date: dateLike, dayPart: enumOf('MORNING', 'EVENING'), note: either(hostileText) }, { requiredKeys: [] })),
      }) },
    { name: 'addCaseNote', role: 'consultantOmmen', query: 'mutation ($id: ID!, $t: String!) { addCaseNote(caseId: $id, text: $t) { id } }',
      variables: () => fc.record({ id: either(fc.constantFrom(...caseIds)), t: either(hostileText) }) },
    { name: 'pickUpCase', role: 'consultantOmmen', query: 'mutation ($id: ID!) { pickUpCase(id: $id) { id } }', variables: () => fc.record({ id: either(fc.uuid()) }) },
    { name: 'closeCase', role: 'consultantOmmen', query: 'mutation ($id: ID!, $o: CaseOutcome!) { closeCase(caseId: $id, outcome: $o) { id } }',
      variables: () => fc.record({ id: either(fc.uuid()), o: enumOf(...outcomes) }) },
    { name: 'evaluation', role: 'analyst', query: 'query ($from: Date!, $to: Date!, $m: String, $g: [EvaluationDimension!]) { evaluation(from: $from, to: $to, municipality: $m, groupBy: $g) { rows { signals } } }',
      variables: () => fc.record({ from: dateLike, to: dateLike, m: either(fc.constantFrom('0175', '0160', '9999')), g: either(fc.array(enumOf('MUNICIPALITY', 'PARTNER_TYPE', 'MONTH'), { maxLength: 3 })) }, { requiredKeys: ['from', 'to'] }) },
    { name: 'findResidents', role: 'privacyOfficer', query: 'query ($bsn: String!) { findResidents(bsn: $bsn) { id } }', variables: () => fc.record({ bsn: either(fc.constant(aBsn())) }) },
    { name: 'residentConsultations', role: 'privacyOfficer', query: 'query ($id: ID!) { residentConsultations(residentId: $id) { at purpose } }',
      variables: () => fc.record({ id: either(fc.oneof(fc.constant(residentId), fc.uuid())) }) },
    { name: 'residentRecord', role: 'privacyOfficer', headers: { 'x-purpose': 'access-request' }, query: 'query ($id: ID!) { residentRecord(residentId: $id) { resident { surname } } }',
      variables: () => fc.record({ id: either(fc.oneof(fc.constant(residentId), fc.uuid())) }) },
    { name: 'eraseResident', role: 'privacyOfficer', query: 'mutation ($id: ID!) { eraseResident(residentId: $id) { householdErased } }', variables: () => fc.record({ id: either(fc.uuid()) }) },
    { name: 'ddasSignals', role: 'cbs', query: 'query ($f: Date!, $t: Date!, $m: [String!]!, $o: Int!, $l: Int!) { ddasSignals(from: $f, to: $t, municipalities: $m, offset: $o, limit: $l) { totalCount } }',
      variables: () => fc.record({ f: dateLike, t: dateLike, m: either(fc.array(either(fc.constantFrom('0175', '0160')), { maxLength: 3 })), o: either(fc.integer({ min: -1, max: 100 })), l: either(fc.integer({ min: -1, max: 60_000 })) }) },
  ];

  it.each(operations.map((o) => [o.name, o]))('%s never answers with an internal error', async (_name, operation) => {
    await fc.assert(fc.asyncProperty(operation.variables(), async (variables) => {
      const response = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${as[operation.role]}`, ...operation.headers },
        body: JSON.stringify({ query: operation.query, variables }),
      });
      const text = await response.text();
      expect({ variables, internals: internals(response.status, text) }).toEqual({ variables, internals: [] });
    }), { numRuns: 40 });
  });

  it('GET /evaluation.csv never answers with an internal error', async () => {
    const parameter = fc.oneof(hostileText, validDate, fc.constantFrom('MUNICIPALITY,MONTH', 'PARTNER_TYPE', ',,', '0175'));
    await fc.assert(fc.asyncProperty(fc.dictionary(fc.constantFrom('from', 'to', 'municipality', 'groupBy', 'x'), parameter), async (params) => {
      const response = await fetch(`${hub.url}/evaluation.csv?${new URLSearchParams(params)}`, { headers: { authorization: `Bearer ${as.analyst}` } });
      expect({ params, internals: internals(response.status, await response.text()) }).toEqual({ params, internals: [] });
    }), { numRuns: 60 });
  });

  it('POST /ddas/v1/gegevens never answers with an internal error, and every failure is problem+json', async () => {
    const body = fc.oneof(
      fc.record({ aanleverperiodeStartdatum: dateLike, aanleverperiodeEinddatum: dateLike, aanleverendeOrganisatie: either(fc.constantFrom('Ommen', '0160')), page: either(fc.integer({ min: -1, max: 3 })), pageSize: either(fc.integer({ min: -1, max: 60_000 })) }, { requiredKeys: [] }).map((b) => JSON.stringify(b)),
      hostileText, anyValue.map((v) => JSON.stringify(v) ?? ''),
    );
    await fc.assert(fc.asyncProperty(body, async (text) => {
      const response = await fetch(`${hub.url}/ddas/v1/gegevens`, { method: 'POST', headers: { authorization: `Bearer ${as.cbs}` }, body: text });
      const answer = await response.text();
      expect({ text, internals: internals(response.status, answer) }).toEqual({ text, internals: [] });
      if (response.status !== 200) expect(response.headers.get('content-type')).toBe('application/problem+json');
    }), { numRuns: 60 });
  });

  it('stores every valid signal exactly once, however often and in whatever batches it is sent', async () => {
    const batch = fc.array(fc.record({ house: fc.integer({ min: 1, max: 50 }), amount: fc.integer({ min: 1, max: 9000 }), day: fc.integer({ min: 1, max: 25 }) }), { minLength: 1, maxLength: 5 });
    await fc.assert(fc.asyncProperty(batch, fc.integer({ min: 1, max: 3 }), async (specs, sends) => {
      const signals = specs.map((s) => aSignal({ amountEuro: s.amount, signalDate: `2026-11-${String(s.day).padStart(2, '0')}`, resident: { address: { postcode: '7731 AB', houseNumber: s.house } } }));
      for (let i = 0; i < sends; i += 1) {
        const response = await reportSignals(hub, as.vechtdalWonen, signals);
        expect(response.data?.reportSignals.rejected).toEqual([]);
        expect(response.data?.reportSignals.accepted.map((a) => a.externalId).sort()).toEqual(signals.map((s) => s.externalId).sort());
      }
      const { rows } = await hub.db.query('select external_id, count(*)::int as n from signal.signal where external_id = any($1) group by external_id', [signals.map((s) => s.externalId)]);
      expect(rows.map((r) => r.n)).toEqual(signals.map(() => 1));
    }), { numRuns: 25 });
  });
});
