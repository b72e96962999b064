import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { caseOfSignal, closeCase, pickUpCase, recordContactAttempt, reportAndMatch } from '../support/operations';

describe("the evaluation follows the consultants' work, end to end", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { SUPPRESSION_THRESHOLD: '1' } });
  });
  afterAll(() => hub.close());

  it('counts reach, days to contact, acceptance and outcomes from real casework, not from injected events', async () => {
    const consultant = await hub.token(tokens.consultantOmmen);
    const [helped, unreached] = await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [
      aSignal({ signalDate: '2026-11-20', amountEuro: 300, resident: { address: { postcode: '7739 AA', houseNumber: 1 } } }),
      aSignal({ signalDate: '2026-11-21', amountEuro: 500, resident: { address: { postcode: '7739 AA', houseNumber: 2 } } }),
    ]);
    const first = await caseOfSignal(hub, consultant, helped.id);
    const second = await caseOfSignal(hub, consultant, unreached.id);
    await pickUpCase(hub, consultant, first.id);
    await recordContactAttempt(hub, consultant, first.id, { channel: 'LETTER', reached: false, date: '2026-11-26' });
    hub.clock.advanceDays(3);
    await recordContactAttempt(hub, consultant, first.id, { channel: 'HOME_VISIT', reached: true, date: '2026-11-29' });
    await closeCase(hub, consultant, first.id, 'FOLLOW_UP_HELP_FINANCIAL');
    await recordContactAttempt(hub, consultant, second.id, { channel: 'PHONE', reached: false, date: '2026-11-29' });
    await closeCase(hub, consultant, second.id, 'NO_CONTACT_POSSIBLE');
    await hub.waitForJobs();

    const { data, errors } = await hub.graphql<{ evaluation: { rows: Array<Record<string, any>> } }>(await hub.token(tokens.analyst), `{ evaluation(from: "2026-11-01", to: "2026-11-30", municipality: "0175", groupBy: [MUNICIPALITY]) {
      rows { signals casesOpened reachRate medianDaysToFirstAttempt medianDaysToFirstContact closedCases acceptanceRate referralRate medianAmountEuro
             outcomes { outcome cases } attemptsByChannel { channel attempts } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.evaluation.rows).toHaveLength(1);
    const [row] = data!.evaluation.rows;
    expect(row).toMatchObject({
      // First attempts after 0 and 3 days (median 1.5); only the first case was reached, after 3 days.
      signals: 2, casesOpened: 2, reachRate: 0.5, medianDaysToFirstAttempt: 1.5, medianDaysToFirstContact: 3,
      closedCases: 2, acceptanceRate: 1, referralRate: 1, medianAmountEuro: 400,
    });
    expect(row.outcomes).toEqual(expect.arrayContaining([{ outcome: "FOLLOW_UP_HELP_FINANCIAL", cases: 1 }, { outcome: "NO_CONTACT_POSSIBLE", cases: 1 }]));
    expect(row.attemptsByChannel).toEqual(expect.arrayContaining([
      { channel: 'LETTER', attempts: 1 }, { channel: 'HOME_VISIT', attempts: 1 }, { channel: 'PHONE', attempts: 1 },
    ]));
  });
});
