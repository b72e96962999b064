import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportSignals } from '../support/operations';

describe('a partner reports signals through the gateway', () => {
  let hub: TestHub;
  let partner: string;
  beforeAll(async () => {
    hub = await startTestHub();
    partner = await hub.token(tokens.vechtdalWonen);
  });
  afterAll(() => hub.close());

  /** Which of these signals were stored (by external id): a test asks about its own. */
  const stored = async (signals: Array<{ externalId: string }>) => (await hub.db.query(
    'select external_id from signal.signal where external_id = any($1) and partner_code = $2', [signals.map((s) => s.externalId), 'vechtdal-wonen'])).rows.map((r) => r.external_id);

  it('stores each valid signal and acknowledges it with its id and partner type', async () => {
    const signal = aSignal({ crisis: true });
    const { status, data } = await reportSignals(hub, partner, [signal]);
    expect(status).toBe(200);
    expect(data!.reportSignals.rejected).toEqual([]);
    expect(data!.reportSignals.accepted).toEqual([expect.objectContaining({
      externalId: signal.externalId, partnerType: 'RENT', amountEuro: 450, status: 'NOT_YET_PICKED_UP', crisis: true, warmHandover: false,
    })]);
    const row = await hub.db.query('select * from signal.signal where id = $1', [data!.reportSignals.accepted[0].id]);
    expect(row.rows[0]).toMatchObject({ partner_code: 'vechtdal-wonen', municipality_code: '0175', amount_euro: 450 });
  });

  it.each([
    ['a BSN that fails the elfproef', { resident: { bsn: '123456780' } }, 'INVALID_INPUT', /elfproef/],
    ['a BSN of eight digits', { resident: { bsn: '12345678' } }, 'INVALID_INPUT', /elfproef/],
    ['a malformed postcode', { resident: { address: { postcode: '77311AB', houseNumber: 3 } } }, 'INVALID_INPUT', /postcode/],
    ['a postcode outside the pilot municipalities', { resident: { address: { postcode: '1011 AB', houseNumber: 3 } } }, 'OUT_OF_AREA', /outside/],
    ['an amount of zero', { amountEuro: 0 }, 'INVALID_INPUT', /amountEuro/],
    ['a negative amount', { amountEuro: -20 }, 'INVALID_INPUT', /amountEuro/],
    ['a signal date in the future', { signalDate: '2026-11-27' }, 'INVALID_INPUT', /future/],
    ['arrears starting after the signal date', { arrearsSince: '2026-11-21' }, 'INVALID_INPUT', /after signalDate/],
    ['an empty surname', { resident: { surname: '   ' } }, 'INVALID_INPUT', /surname/],
  ])('rejects %s with its externalId, a code and a message, and stores nothing of it', async (_name, override, code, message) => {
    const bad = aSignal(override as any);
    const good = aSignal();
    const { data } = await reportSignals(hub, partner, [bad, good]);
    expect(data!.reportSignals.rejected).toEqual([{ externalId: bad.externalId, code, message: expect.stringMatching(message) }]);
    expect(data!.reportSignals.accepted.map((s) => s.externalId)).toEqual([good.externalId]);
    expect(await stored([bad, good])).toEqual([good.externalId]);
  });

  it('answers a retry of the same signal with the stored one and stores nothing new', async () => {
    const signal = aSignal();
    const first = await reportSignals(hub, partner, [signal]);
    await hub.waitForJobs();
    const again = await reportSignals(hub, partner, [signal, signal]);
    expect(again.data!.reportSignals.accepted).toEqual([first.data!.reportSignals.accepted[0]]);
    expect(again.data!.reportSignals.rejected).toEqual([]);
    expect(await stored([signal])).toEqual([signal.externalId]);
    await hub.waitForJobs();
    const cases = await hub.db.query('select count(*) from casework.case_signals where signal_id = $1', [first.data!.reportSignals.accepted[0].id]);
    expect(Number(cases.rows[0].count)).toBe(1);
  });

  it('answers two identical calls racing each other with the same stored signals, stored once', async () => {
    const batch = Array.from({ length: 50 }, () => aSignal());
    const [first, second] = await Promise.all([reportSignals(hub, partner, batch), reportSignals(hub, partner, batch)]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data!.reportSignals.accepted.map((s) => s.id)).toEqual(first.data!.reportSignals.accepted.map((s) => s.id));
    expect(first.data!.reportSignals.accepted).toHaveLength(50);
    const stored = await hub.db.query('select count(*) from signal.signal where external_id = any($1)', [batch.map((s) => s.externalId)]);
    expect(Number(stored.rows[0].count)).toBe(50);
    await hub.waitForJobs();
  });

  it('rejects a different signal under a used externalId with DUPLICATE_CONFLICT', async () => {
    const signal = aSignal();
    await reportSignals(hub, partner, [signal]);
    const { data } = await reportSignals(hub, partner, [{ ...signal, amountEuro: 999 }]);
    expect(data!.reportSignals.accepted).toEqual([]);
    expect(data!.reportSignals.rejected).toEqual([expect.objectContaining({ externalId: signal.externalId, code: 'DUPLICATE_CONFLICT' })]);
    const stored = await hub.db.query('select amount_euro from signal.signal where external_id = $1', [signal.externalId]);
    expect(stored.rows).toEqual([{ amount_euro: 450 }]);
  });

  it('lets another partner use the same externalId for its own signal', async () => {
    const signal = aSignal();
    await reportSignals(hub, partner, [signal]);
    const other = await reportSignals(hub, await hub.token(tokens.vitens), [signal]);
    expect(other.data!.reportSignals.accepted).toEqual([expect.objectContaining({ externalId: signal.externalId, partnerType: 'WATER' })]);
  });

  it('accepts a batch of 1000 signals in one call and refuses 1001 as a whole', async () => {
    const batch = Array.from({ length: 1000 }, () => aSignal());
    const { data } = await reportSignals(hub, partner, batch);
    expect(data!.reportSignals.accepted).toHaveLength(1000);
    const tooMany = Array.from({ length: 1001 }, () => aSignal());
    const refused = await reportSignals(hub, partner, tooMany);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stored(tooMany)).toEqual([]);
    await hub.waitForJobs(120_000);
  }, 150_000);

  it('stores a signal and its follow-up job together, so every stored signal reaches a case', async () => {
    const { data } = await reportSignals(hub, partner, [aSignal(), aSignal()]);
    const ids = data!.reportSignals.accepted.map((s) => s.id);
    expect(ids).toHaveLength(2);
    await hub.waitForJobs();
    const missing = await hub.db.query(`
      select count(*) from signal.signal s left join casework.case_signals c on c.signal_id = s.id where s.id = any($1) and c.signal_id is null`, [ids]);
    expect(Number(missing.rows[0].count)).toBe(0);
  });
});
