import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { enqueue } from '../support/queue';
import { tasks } from '../../subgraphs/shared/job-contracts';
import { addCaseNote, caseOfSignal, closeCase, evaluation, getCase, recordContactAttempt, reportAndMatch, succeeded } from '../support/operations';

const withMinimum = JSON.stringify([
  { code: '0175', name: 'Ommen', population: 18500, postcodeRanges: [[7730, 7739]], minimumAmountEuro: 75 },
  { code: '0160', name: 'Hardenberg', population: 61800, postcodeRanges: [[7690, 7699], [7770, 7799]] },
]);

describe('personal data expires: the retention sweep', () => {
  let hub: TestHub;
  let ommen: string;
  // Addresses are encrypted at rest: find each household through the signal matched to it.
  const residents = async (signalId: string) => Number((await hub.db.query(
    `select count(*) from household.resident r join household.signal_link l on l.household_id = r.household_id where l.signal_id = $1`, [signalId])).rows[0].count);
  const addressErased = async (signalId: string) => (await hub.db.query(
    `select h.postcode is null and h.house_number is null as erased from household.household h join household.signal_link l on l.household_id = h.id where l.signal_id = $1`, [signalId])).rows[0].erased;
  const sweep = () => enqueue(hub, tasks.retentionSweep, [{}]);
  const figures = async () => (await evaluation(hub, await hub.token(tokens.analyst), { from: '2026-01-01', to: '2026-12-31', groupBy: ['MUNICIPALITY', 'PARTNER_TYPE'] })).data!.evaluation.rows;

  beforeAll(async () => {
    hub = await startTestHub({ env: { MUNICIPALITIES: withMinimum, SUPPRESSION_THRESHOLD: '1' } });
    ommen = await hub.token(tokens.consultantOmmen);
  });
  afterAll(() => hub.close());

  it('erases a signal without a case after 6 months, a closed case after 12, an open case never, and keeps the figures', async () => {
    const rent = await hub.token(tokens.vechtdalWonen);
    const [noCase] = await reportAndMatch(hub, rent, [aSignal({ amountEuro: 20, resident: { address: { postcode: '7737 AA', houseNumber: 1 } } })]);
    const [closed] = await reportAndMatch(hub, rent, [aSignal({ resident: { address: { postcode: '7737 BB', houseNumber: 1 } } })]);
    const [open] = await reportAndMatch(hub, rent, [aSignal({ resident: { address: { postcode: '7737 CC', houseNumber: 1 } } })]);
    const closedCase = await caseOfSignal(hub, ommen, closed.id);
    await recordContactAttempt(hub, ommen, closedCase.id, { channel: 'PHONE', reached: true, date: '2026-11-26', note: 'personal detail' });
    await addCaseNote(hub, ommen, closedCase.id, 'about the family');
    await closeCase(hub, ommen, closedCase.id, 'RESIDENT_SOLVES_IT');
    await hub.waitForJobs();
    const before = await figures();

    hub.clock.advanceDays(186);
    await sweep();
    expect(await residents(noCase.id)).toBe(0);
    expect(await addressErased(noCase.id)).toBe(true);
    expect(await residents(closed.id)).toBe(1);
    expect(await addressErased(closed.id)).toBe(false);
    expect((await succeeded(getCase(hub, ommen, closedCase.id))).case?.household.address?.postcode).toBe('7737 BB');

    hub.clock.advanceDays(180);
    await sweep();
    expect(await residents(closed.id)).toBe(0);
    expect(await residents(open.id)).toBe(1);
    const erased = (await succeeded(hub.graphql<{ case: Record<string, unknown> }>(ommen, 'query($id: ID!) { case(id: $id) { status outcome notes { text } contactAttempts { channel reached note } household { address { postcode } residents { surname } } } }', { id: closedCase.id }))).case;
    expect(erased).toEqual({
      status: 'CLOSED', outcome: 'RESIDENT_SOLVES_IT', notes: [], contactAttempts: [{ channel: 'PHONE', reached: true, note: null }],
      household: { address: null, residents: [] },
    });
    expect(await figures()).toEqual(before);
    await sweep();
    expect(await residents(open.id)).toBe(1);
    expect(await addressErased(open.id)).toBe(false);
  });
});
