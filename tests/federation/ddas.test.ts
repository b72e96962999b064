import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { caseOfSignal, closeCase, evaluation, pickUpCase, recordContactAttempt, reportAndMatch } from '../support/operations';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema', 'ddas', 'json_schema_Uitwisselmodel.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('the DDAS delivery CBS pulls', () => {
  let hub: TestHub;
  let cbs: string;

  const pull = async (body: unknown, token: string | null = cbs) => {
    const response = await fetch(`${hub.url}/ddas/v1/gegevens`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as any };
  };
  const period = { aanleverperiodeStartdatum: '2026-11-01', aanleverperiodeEinddatum: '2026-11-30' };

  beforeAll(async () => {
    hub = await startTestHub({ env: { SUPPRESSION_THRESHOLD: '1' } });
    cbs = await hub.token(tokens.cbs);
    const rent = await hub.token(tokens.vechtdalWonen);
    const consultant = await hub.token(tokens.consultantOmmen);
    const [withBsn] = await reportAndMatch(hub, rent, [aSignal({ crisis: true })]);
    await reportAndMatch(hub, rent, [aSignal({ resident: { bsn: undefined, address: { postcode: '7731 XY', houseNumber: 5, houseNumberSuffix: 'a' } } })]);
    await reportAndMatch(hub, await hub.token(tokens.vitens), [aSignal({ resident: { address: { postcode: '7771 AB', houseNumber: 8 } } }), aSignal({ signalDate: '2026-10-20' })]);
    const kase = await caseOfSignal(hub, consultant, withBsn.id);
    await pickUpCase(hub, consultant, kase.id);
    await recordContactAttempt(hub, consultant, kase.id, { channel: 'PHONE', reached: true, date: '2026-11-26', dayPart: 'MORNING', note: 'never exported' });
    await closeCase(hub, consultant, kase.id, 'BUDGET_ADVICE_QUICK_FIX');
    await hub.waitForJobs();
  });
  afterAll(() => hub.close());

  it('delivers one levering per municipality that validates against the DDAS v1.2 schema', async () => {
    const { status, body, headers, text } = await pull(period);
    expect(status).toBe(200);
    expect(headers.get('digest')).toBe(`SHA-256=${createHash('sha256').update(text).digest('base64')}`);
    expect(validate(body.gegevens)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(body.paginering).toBeUndefined();
    const byCode = Object.fromEntries(body.gegevens.leveringen.map((l: any) => [l.gemeentecode, l]));
    expect(Object.keys(byCode).sort()).toEqual(['0160', '0175']);
    const ommen = byCode['0175'];
    expect(ommen.vroegsignalen).toHaveLength(2);
    const crisis = ommen.vroegsignalen.find((s: any) => s.crisissignaal);
    expect(crisis).toMatchObject({ bedrag: 450, status: 'Opgepakt', signaalpartner: { type: 'Huur' }, client: { burgerservicenummer: expect.stringMatching(/^\d{9}$/) } });
    const byAddress = ommen.vroegsignalen.find((s: any) => !s.crisissignaal);
    expect(byAddress.client).toEqual({ postcode: '7731XY', huisnummer: '5', huisnummertoevoeging: 'A' });
    const closed = ommen.vroegsignaalzaken.find((z: any) => z.vroegsignalen[0].ID === crisis.ID);
    expect(closed).toEqual({
      matchingsdatum: '2026-11-26', datumOpgepakt: '2026-11-26', resultaat: '(Budget)advies en/of quick fix',
      vroegsignalen: [{ ID: crisis.ID }], contactpogingen: [{ soort: 'Telefoon', bereikt: true, datum: '2026-11-26', dagdeel: 'Ochtend' }],
    });
    expect(JSON.stringify(body)).not.toContain('never exported');
  });

  it('writes every delivery to the access log, as the cbs client with the DDAS purpose', async () => {
    const before = Number((await hub.db.query(`select count(*) from household.access_log where actor_role = 'cbs'`)).rows[0].count);
    await pull(period);
    await hub.waitForJobs();
    const { rows } = await hub.db.query(`select action, result, purpose, fields from household.access_log where actor_role = 'cbs' order by seq`);
    expect(rows.length).toBeGreaterThan(before);
    expect(rows.every((r) => r.purpose === 'ddas-monitoring' && r.result === 'allowed')).toBe(true);
    expect(rows.flatMap((r) => r.fields)).toEqual(expect.arrayContaining(['Resident.bsn', 'Address.postcode', 'Address.houseNumber']));
  });

  it('counts the same signals as the evaluation report', async () => {
    const { body } = await pull(period);
    const { data } = await evaluation(hub, await hub.token(tokens.analyst), { from: '2026-11-01', to: '2026-11-30', groupBy: ['MUNICIPALITY'] });
    const reported = Object.fromEntries(data!.evaluation.rows.map((r: any) => [r.municipality, r.signals]));
    const delivered = Object.fromEntries(body.gegevens.leveringen.map((l: any) => [l.gemeentecode, l.vroegsignalen.length]));
    expect(delivered).toEqual(reported);
  });

  it('pages the signals and every page validates', async () => {
    const ids: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const { status, body } = await pull({ ...period, page, pageSize: 1 });
      expect(status).toBe(200);
      expect(validate(body.gegevens)).toBe(true);
      expect(body.paginering).toEqual({ pageSize: 1, currentPage: page, totalPages: 3, totalRecords: 3 });
      ids.push(...body.gegevens.leveringen.flatMap((l: any) => l.vroegsignalen.map((s: any) => s.ID)));
    }
    expect(new Set(ids).size).toBe(3);
  });

  it('delivers for one municipality when the organisation is named', async () => {
    const { body } = await pull({ ...period, aanleverendeOrganisatie: 'Gemeente Hardenberg' });
    expect(body.gegevens.leveringen.map((l: any) => l.gemeentecode)).toEqual(['0160']);
  });

  it.each([
    ['no period', {}],
    ['a period that ends before it starts', { aanleverperiodeStartdatum: '2026-12-01', aanleverperiodeEinddatum: '2026-11-01' }],
    ['a page size over 50,000', { ...period, pageSize: 50_001 }],
    ['an unknown property', { ...period, filter: { $ne: null } }],
    ['an unknown organisation', { ...period, aanleverendeOrganisatie: 'Gemeente Utrecht' }],
  ])('answers %s with 400 problem details', async (_name, body) => {
    const response = await pull(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request', detail: expect.any(String) });
  });

  it('answers 401 without a valid token and 403 for another role', async () => {
    const anonymous = await pull(period, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('fsc-error-code')).toBe('ERROR_CODE_ACCESS_TOKEN_INVALID');
    const analyst = await pull(period, await hub.token(tokens.analyst));
    expect(analyst.status).toBe(403);
    expect(analyst.body).toMatchObject({ status: 403 });
  });
});
