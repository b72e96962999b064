import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { caseOfSignal, closeCase, getCase, partnerView, pickUpCase, reportAndMatch, withdrawSignal, succeeded } from '../support/operations';

const ommenWithMinimum = JSON.stringify([
  { code: '0175', name: 'Ommen', population: 18500, postcodeRanges: [[7730, 7739]], minimumAmountEuro: 75 },
  { code: '0160', name: 'Hardenberg', population: 61800, postcodeRanges: [[7690, 7699], [7770, 7799]] },
]);

describe('matching, partner feedback and withdrawal', () => {
  let hub: TestHub;
  let ommen: string;
  let rent: string;
  let water: string;
  let address = 0;
  const newAddress = () => ({ postcode: '7736 MN', houseNumber: ++address });

  beforeAll(async () => {
    hub = await startTestHub({ env: { MUNICIPALITIES: ommenWithMinimum } });
    ommen = await hub.token(tokens.consultantOmmen);
    rent = await hub.token(tokens.vechtdalWonen);
    water = await hub.token(tokens.vitens);
  });
  afterAll(() => hub.close());

  const caseSignal = async (signalId: string) => (await hub.db.query('select * from casework.case_signals where signal_id = $1', [signalId])).rows[0];

  it("does not pick up a signal under the municipality's minimum amount, and tells the partner it was unjustified", async () => {
    const small = aSignal({ amountEuro: 74, resident: { address: newAddress() } });
    const [stored] = await reportAndMatch(hub, rent, [small]);
    expect(await caseSignal(stored.id)).toMatchObject({ case_id: null, status: 'NOT_PICKED_UP_INVALID' });
    expect(await partnerView(hub, rent, small.externalId)).toMatchObject({ status: 'NOT_PICKED_UP_INVALID', feedback: 'NOT_PICKED_UP_UNJUSTIFIED' });
  });

  it('does not pick up a repeat of a handled signal, but does when the amount grew', async () => {
    const place = newAddress();
    const first = aSignal({ amountEuro: 500, resident: { address: place } });
    const [firstStored] = await reportAndMatch(hub, rent, [first]);
    const kase = await caseOfSignal(hub, ommen, firstStored.id);
    await pickUpCase(hub, ommen, kase.id);
    await closeCase(hub, ommen, kase.id, 'BUDGET_ADVICE_QUICK_FIX');
    hub.clock.advanceDays(30);
    try {
      const repeat = aSignal({ amountEuro: 500, resident: { address: place } });
      const [repeatStored] = await reportAndMatch(hub, rent, [repeat]);
      expect(await caseSignal(repeatStored.id)).toMatchObject({ case_id: null, status: 'NOT_PICKED_UP_REPEAT' });
      expect(await partnerView(hub, rent, repeat.externalId)).toMatchObject({ feedback: 'NOT_PICKED_UP_REPEAT' });
      const grown = aSignal({ amountEuro: 800, resident: { address: place } });
      const [grownStored] = await reportAndMatch(hub, rent, [grown]);
      expect((await caseSignal(grownStored.id)).status).toBe('NOT_YET_PICKED_UP');
      expect((await caseOfSignal(hub, ommen, grownStored.id)).id).not.toBe(kase.id);
    } finally {
      hub.clock.set('2026-11-26T09:00:00Z');
    }
  });

  it('flags a signal for an address that had a signal in the previous 6 months as consecutive', async () => {
    const place = newAddress();
    const [first] = await reportAndMatch(hub, rent, [aSignal({ signalDate: '2026-06-01', arrearsSince: '2026-05-01', resident: { address: place } })]);
    const [second] = await reportAndMatch(hub, water, [aSignal({ signalDate: '2026-11-20', resident: { address: place } })]);
    const [unrelated] = await reportAndMatch(hub, water, [aSignal({ resident: { address: newAddress() } })]);
    expect((await caseSignal(first.id)).consecutive).toBe(false);
    expect((await caseSignal(second.id)).consecutive).toBe(true);
    expect((await caseSignal(unrelated.id)).consecutive).toBe(false);
  });

  it('closes a case nobody picked up when its only signal is withdrawn', async () => {
    const signal = aSignal({ resident: { address: newAddress() } });
    const [stored] = await reportAndMatch(hub, rent, [signal]);
    const kase = await caseOfSignal(hub, ommen, stored.id);
    const { data, errors } = await withdrawSignal(hub, rent, signal.externalId, 'PAID');
    expect(errors).toBeUndefined();
    expect(data!.withdrawSignal).toMatchObject({ status: 'WITHDRAWN', feedback: 'WITHDRAWN', withdrawalReason: 'PAID', withdrawnAt: '2026-11-26T09:00:00.000Z' });
    await hub.waitForJobs();
    expect((await getCase(hub, ommen, kase.id)).data!.case).toMatchObject({ status: 'CLOSED', outcome: 'ALREADY_PAID_OR_ARRANGED' });
    const again = await withdrawSignal(hub, rent, signal.externalId, 'PAID');
    expect(again.data!.withdrawSignal.status).toBe('WITHDRAWN');
  });

  it('keeps a picked-up case for its consultant, who sees the withdrawal', async () => {
    const signal = aSignal({ resident: { address: newAddress() } });
    const [stored] = await reportAndMatch(hub, rent, [signal]);
    const kase = await caseOfSignal(hub, ommen, stored.id);
    await pickUpCase(hub, ommen, kase.id);
    await withdrawSignal(hub, rent, signal.externalId, 'ARRANGED');
    await hub.waitForJobs();
    const seen = await succeeded(hub.graphql<{ case: { status: string; signals: Array<{ status: string; withdrawalReason: string | null }> } }>(ommen, 'query($id: ID!) { case(id: $id) { status signals { status withdrawalReason } } }', { id: kase.id }));
    expect(seen.case).toEqual({ status: 'PICKED_UP', signals: [{ status: 'WITHDRAWN', withdrawalReason: 'ARRANGED' }] });
  });

  it('keeps a case open while another partner still has an active signal in it', async () => {
    const place = newAddress();
    const rentSignal = aSignal({ resident: { address: place } });
    const [stored] = await reportAndMatch(hub, rent, [rentSignal]);
    await reportAndMatch(hub, water, [aSignal({ resident: { address: place } })]);
    await withdrawSignal(hub, rent, rentSignal.externalId, 'SENT_IN_ERROR');
    await hub.waitForJobs();
    expect((await caseOfSignal(hub, ommen, stored.id)).status).toBe('OPEN');
  });

  it("refuses to withdraw a signal the partner does not have, including another partner's", async () => {
    const signal = aSignal({ resident: { address: newAddress() } });
    await reportAndMatch(hub, rent, [signal]);
    expect((await withdrawSignal(hub, water, signal.externalId, 'PAID')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await withdrawSignal(hub, rent, 'never-sent', 'PAID')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await partnerView(hub, rent, signal.externalId)).toMatchObject({ status: 'NOT_YET_PICKED_UP', feedback: 'RECEIVED' });
  });
});
