import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { caseOfSignal, evaluation, reportAndMatch, reportSignals } from '../support/operations';

/** What a client may never see: an internal error, a service URL, SQL or a stack trace. */
function internals(response: { status: number; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | string): string[] {
  const text = typeof response === 'string' ? response : JSON.stringify(response);
  const found = [/INTERNAL_SERVER_ERROR/, /https?:\/\/127\.0\.0\.1:\d+/, /\b(select|insert|update|delete) .*\b(from|into|set)\b/i, /\bat .+\.(ts|js):\d+/, /stacktrace/i]
    .filter((pattern) => pattern.test(text)).map(String);
  if (typeof response !== 'string' && response.status >= 500) found.push(`HTTP ${response.status}`);
  return found;
}

describe('bad input is the client\'s error, said plainly, and nothing of it is stored', () => {
  let hub: TestHub;
  let partner: string;
  let consultant: string;
  beforeAll(async () => {
    hub = await startTestHub();
    partner = await hub.token(tokens.vechtdalWonen);
    consultant = await hub.token(tokens.consultantOmmen);
  });
  afterAll(() => hub.close());

  /** Which of these signals were stored (by external id): each test asks about its own. */
  const stored = async (signals: Array<{ externalId: string }>) => (await hub.db.query(
    'select external_id from signal.signal where external_id = any($1)', [signals.map((s) => s.externalId)])).rows.map((r) => r.external_id);

  it('rejects one calendar-impossible date in a batch on its own, and stores the rest', async () => {
    const good = aSignal();
    const bad = [aSignal({ signalDate: '2026-02-30' }), aSignal({ arrearsSince: '2026-13-01' }), aSignal({ resident: { birthDate: '1981-02-29' } })];
    const response = await reportSignals(hub, partner, [good, ...bad]);
    expect(internals(response)).toEqual([]);
    expect(response.data!.reportSignals.accepted.map((s) => s.externalId)).toEqual([good.externalId]);
    expect(response.data!.reportSignals.rejected).toEqual(bad.map((s, i) => ({
      externalId: s.externalId, code: 'INVALID_INPUT', message: expect.stringContaining(['signalDate', 'arrearsSince', 'resident.birthDate'][i]),
    })));
    expect(response.data!.reportSignals.rejected[0].message).toMatch(/real calendar date.*YYYY-MM-DD/);
    expect(await stored([good, ...bad])).toEqual([good.externalId]);
  });

  it('rejects a date that is not a date at all, or not a string, per signal too', async () => {
    const bad = [aSignal({ signalDate: '20-11-2026' }), aSignal({ arrearsSince: 20261001 as any }), aSignal({ signalDate: '' })];
    const response = await reportSignals(hub, partner, bad);
    expect(internals(response)).toEqual([]);
    expect(response.data!.reportSignals.rejected.map((r) => r.code)).toEqual(['INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT']);
    expect(await stored(bad)).toEqual([]);
  });

  it('answers an impossible date in evaluation(from:) with BAD_USER_INPUT, and in /evaluation.csv with 400', async () => {
    const analyst = await hub.token(tokens.analyst);
    const report = await evaluation(hub, analyst, { from: '2026-02-30', to: '2026-03-31' });
    expect(internals(report)).toEqual([]);
    expect(report.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(report.errors![0].message).toMatch(/from|Date/);

    const csv = await fetch(`${hub.url}/evaluation.csv?from=2026-02-30&to=2026-03-31`, { headers: { authorization: `Bearer ${analyst}` } });
    const body = await csv.text();
    expect(csv.status).toBe(400);
    expect(internals(body)).toEqual([]);
    expect(JSON.parse(body).errors[0]).toEqual({ message: expect.stringMatching(/from .*real calendar date/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("passes a subgraph's own 400 through the gateway as the client error it is", async () => {
    const [signal] = await reportAndMatch(hub, partner, [aSignal()]);
    const kase = await caseOfSignal(hub, consultant, signal.id);
    const literal = await hub.graphql(consultant, 'mutation ($id: ID!) { recordContactAttempt(caseId: $id, attempt: { channel: PHONE, reached: true, date: "2026-02-30" }) { id } }', { id: kase.id });
    const variable = await hub.graphql(consultant, 'mutation ($id: ID!, $date: Date!) { recordContactAttempt(caseId: $id, attempt: { channel: PHONE, reached: true, date: $date }) { id } }', { id: kase.id, date: '2026-02-30' });
    for (const [response, code] of [[literal, 'GRAPHQL_VALIDATION_FAILED'], [variable, 'BAD_USER_INPUT']] as const) {
      expect(internals(response)).toEqual([]);
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(response.errors![0].message).toMatch(/real calendar date written as YYYY-MM-DD/);
    }
    expect((await hub.db.query('select 1 from casework.contact_attempts where case_id = $1', [kase.id])).rowCount).toBe(0);
  });

  it('refuses a NUL character in a string argument or literal as bad input, saying where, before anything runs', async () => {
    const withdrawal = await hub.graphql(partner, 'mutation { withdrawSignal(externalId: "VW-\\u0000-1", reason: PAID) { id } }');
    expect(internals(withdrawal)).toEqual([]);
    expect(withdrawal.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(withdrawal.errors![0].message).toMatch(/NUL|control character/);
    const batch = [aSignal(), aSignal({ resident: { surname: 'Jan\u0000sen' } })];
    const report = await reportSignals(hub, partner, batch);
    expect(internals(report)).toEqual([]);
    expect(report.status).toBe(400);
    expect(report.errors).toEqual([{ message: expect.stringContaining('variables.signals.1.resident.surname contains the NUL character'), extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(await stored(batch)).toEqual([]);
  });

  it('refuses a forged after: cursor as bad input', async () => {
    const forge = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const cases = 'query ($after: String) { cases(first: 5, after: $after) { edges { cursor } } }';
    const signals = 'query ($after: String) { mySignals(first: 5, after: $after) { edges { cursor } } }';
    const attempts: Array<[string, string, unknown]> = [
      [consultant, cases, [1, '2026-11-20', "x' or 1=1"]], [consultant, cases, [1, 'not a date', '00000000-0000-4000-8000-000000000000']],
      [consultant, cases, ['one', '2026-11-20', '00000000-0000-4000-8000-000000000000']], [consultant, cases, [1, '2026-02-30', '00000000-0000-4000-8000-000000000000']],
      [partner, signals, ['not a time', '00000000-0000-4000-8000-000000000000']], [partner, signals, ['2026-11-20T00:00:00.000Z', 'nope']],
      [partner, signals, ['2026-11-20T00:00:00.000Z', 'a\u0000b']],
    ];
    for (const [token, query, key] of attempts) {
      const response = await hub.graphql(token, query, { after: forge(key) });
      expect({ key, internals: internals(response) }).toEqual({ key, internals: [] });
      expect({ key, codes: response.errors?.map((e) => e.extensions?.code) }).toEqual({ key, codes: ['BAD_USER_INPUT'] });
    }
  });

  it('answers every failure of the DDAS delivery as application/problem+json', async () => {
    const cbs = await hub.token(tokens.cbs);
    const failures = [
      await fetch(`${hub.url}/ddas/v1/gegevens`, { method: 'POST', headers: { authorization: `Bearer ${cbs}` }, body: '{"aanleverperiodeStartdatum":"2026-02-30","aanleverperiodeEinddatum":"2026-03-01"}' }),
      await fetch(`${hub.url}/ddas/v1/gegevens`, { method: 'POST', headers: { authorization: `Bearer ${cbs}` }, body: 'x'.repeat(3_000_000) }).catch(() => undefined),
      await fetch(`${hub.url}/ddas/v1/gegevens`, { method: 'GET', headers: { authorization: `Bearer ${cbs}` } }),
      await fetch(`${hub.url}/ddas/v1/gegevens`, { method: 'POST', headers: { authorization: `Bearer ${cbs}`, 'x-purpose': 'Not A Purpose' }, body: '{}' }),
      await fetch(`${hub.url}/ddas/v1/gegevens`, { method: 'POST', headers: { authorization: 'Bearer nonsense' }, body: '{}' }),
    ];
    for (const response of failures.filter((r) => r !== undefined)) {
      const text = await response!.text();
      expect({ status: response!.status, type: response!.headers.get('content-type') }).toEqual({ status: expect.any(Number), type: 'application/problem+json' });
      expect(response!.status).toBeGreaterThanOrEqual(400);
      expect(response!.status).toBeLessThan(500);
      expect(JSON.parse(text)).toEqual(expect.objectContaining({ title: expect.any(String), status: response!.status }));
      expect(internals(text)).toEqual([]);
    }
  });
});
