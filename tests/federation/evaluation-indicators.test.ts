import { randomUUID } from 'node:crypto';
import { CaseOutcome, ContactChannel, PartnerType, SignalStatus } from '../../subgraphs/shared/enums';
import { tasks, type MatchedSignalFact, type RecordCaseEventJob } from '../../subgraphs/shared/job-contracts';
import { aSignal, tokens } from '../support/builders';
import { aCaseEvent, caseOfSignal, evaluationReport } from '../support/evaluation';
import { enqueue } from '../support/queue';
import { startTestHub, type TestHub } from '../support/hub';
import { reportSignals } from '../support/operations';

const october = { from: '2026-10-01', to: '2026-10-31' };

/** The signals arrive on 2026-11-26 (the test clock): days are counted from there. */
describe('evaluation indicators from signals and case events', () => {
  let hub: TestHub;
  let analyst: string;
  let events: RecordCaseEventJob[];
  let repeatFact: MatchedSignalFact;

  beforeAll(async () => {
    hub = await startTestHub({ env: { SUPPRESSION_THRESHOLD: '2' } });
    analyst = await hub.token(tokens.analyst);
    const address = (houseNumber: number) => ({ address: { postcode: '7731 AB', houseNumber } });
    const rent = await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [100, 200, 300, 400].map((amountEuro, i) =>
      aSignal({ signalDate: '2026-10-05', amountEuro, resident: address(i + 1) })));
    await hub.waitForJobs();
    const water = await reportSignals(hub, await hub.token(tokens.vitens), [aSignal({ signalDate: '2026-10-20', amountEuro: 500, resident: address(1) })]);
    await reportSignals(hub, await hub.token(tokens.zilverenKruis), [7, 8].map((houseNumber) =>
      aSignal({ signalDate: '2026-10-10', resident: { address: { postcode: '7695 AB', houseNumber } } })));
    await hub.waitForJobs();
    const [a, b, c] = await Promise.all(rent.data!.reportSignals.accepted.slice(0, 3).map((s) => caseOfSignal(hub, s.id)));
    const d = rent.data!.reportSignals.accepted[3].id;
    events = [
      aCaseEvent({ kind: 'PICKED_UP', caseId: a, occurredOn: '2026-11-27' }),
      aCaseEvent({ kind: 'CONTACT_ATTEMPT', caseId: a, occurredOn: '2026-11-28', channel: ContactChannel.LETTER, reached: false }),
      aCaseEvent({ kind: 'CONTACT_ATTEMPT', caseId: a, occurredOn: '2026-11-30', channel: ContactChannel.PHONE, reached: true }),
      aCaseEvent({ kind: 'CONTACT_ATTEMPT', caseId: b, occurredOn: '2026-12-01', channel: ContactChannel.PHONE, reached: true }),
      aCaseEvent({ kind: 'CONTACT_ATTEMPT', caseId: c, occurredOn: '2026-12-06', channel: ContactChannel.HOME_VISIT, reached: false }),
      aCaseEvent({ kind: 'CLOSED', caseId: a, occurredOn: '2026-12-10', outcome: CaseOutcome.FOLLOW_UP_HELP_FINANCIAL }),
      aCaseEvent({ kind: 'CLOSED', caseId: b, occurredOn: '2026-12-11', outcome: CaseOutcome.FOLLOW_UP_HELP_FINANCIAL }),
      aCaseEvent({ kind: 'CLOSED', caseId: c, occurredOn: '2026-12-12', outcome: CaseOutcome.NO_CONTACT_POSSIBLE }),
      aCaseEvent({ kind: 'SIGNAL_STATUS', caseId: await caseOfSignal(hub, d), occurredOn: '2026-11-27', signalIds: [d], status: SignalStatus.NOT_PICKED_UP_REPEAT }),
    ];
    await enqueue(hub, tasks.recordCaseEvent, events);
    expect(water.data!.reportSignals.accepted).toHaveLength(1);
    // The case subgraph decides that a signal opens no case: a repeat, after an earlier one (consecutive).
    repeatFact = {
      signalId: randomUUID(), partnerCode: 'zilveren-kruis', partnerType: PartnerType.HEALTH_INSURANCE, municipalityCode: '0160', receivedAt: '2026-11-26T09:00:00.000Z',
      signalDate: '2026-10-11', arrearsSince: '2026-09-01', amountEuro: 90, crisis: false, warmHandover: false,
      householdId: randomUUID(), caseId: null, openedCase: false, status: SignalStatus.NOT_PICKED_UP_REPEAT, consecutive: true,
    };
    await enqueue(hub, tasks.recordSignalFacts, [{ facts: [repeatFact] }]);
  });
  afterAll(() => hub.close());

  const ommen = async () => (await evaluationReport(hub, analyst, { ...october, municipality: '0175', groupBy: ['MUNICIPALITY'] })).data!.evaluation.rows[0];

  // The water signal at house number 1 follows the rent signal there by 15 days: it is multiple and consecutive.
  it('computes every indicator of a municipality from its signals and case events', async () => {
    const row = await ommen();
    expect(row).toMatchObject({
      municipality: '0175', signals: 5, casesOpened: 4, caseRate: 1, signalsPer1000Inhabitants: 0.27,
      reachRate: 0.5, medianDaysToFirstAttempt: 5, medianDaysToFirstContact: 4.5,
      closedCases: 3, acceptanceRate: 1, referralRate: 1,
      repeatSignalRate: 0.2, multipleSignalRate: 0.4, consecutiveSignalRate: 0.2, medianAmountEuro: 300,
    });
    const channels = Object.fromEntries(row.attemptsByChannel.map((a: any) => [a.channel, [a.attempts, a.attemptsPerCase]]));
    expect(channels).toMatchObject({ PHONE: [2, 0.5], LETTER: [null, null], HOME_VISIT: [null, null], EMAIL: [null, null] });
  });

  it('withholds outcome counts below the threshold, zeros included, so the closed total does not reveal which one is small', async () => {
    const row = await ommen();
    const outcomes = Object.fromEntries(row.outcomes.map((o: any) => [o.outcome, o.cases]));
    expect(row.closedCases).toBe(3);
    expect(outcomes).toMatchObject({ FOLLOW_UP_HELP_FINANCIAL: 2, NO_CONTACT_POSSIBLE: null, BUDGET_ADVICE_QUICK_FIX: null });
    expect(row.outcomes.filter((o: any) => o.cases === null)).toHaveLength(15);
    expect(row.suppressed).toBe(true);
    expect(row.suppressedFields).toEqual(expect.arrayContaining(['outcomes.NO_CONTACT_POSSIBLE', 'attemptsByChannel.LETTER']));
  });

  it('counts signals that open no case, repeat and consecutive signals', async () => {
    const { data } = await evaluationReport(hub, analyst, { ...october, municipality: '0160', groupBy: ['MUNICIPALITY'] });
    expect(data!.evaluation.rows[0]).toMatchObject({ signals: 3, casesOpened: 2, caseRate: 0.667, repeatSignalRate: 0.333, consecutiveSignalRate: 0.333 });
  });

  it('attributes a case to the group of the signal that opened it', async () => {
    const { data } = await evaluationReport(hub, analyst, { ...october, municipality: '0175', groupBy: ['PARTNER_TYPE'] });
    const byType = Object.fromEntries(data!.evaluation.rows.map((r: any) => [r.partnerType, r]));
    // the one water signal joined a rent case: the case and its follow-up count under RENT
    expect(byType.RENT).toMatchObject({ reachRate: 0.5, medianDaysToFirstAttempt: 5, acceptanceRate: 1, multipleSignalRate: 0.25 });
    expect(byType.WATER).toMatchObject({ signals: null, casesOpened: null, reachRate: null, multipleSignalRate: null });
    // with two rows, the visible totals would reveal the small WATER cell: RENT's counts are withheld too
    expect(byType.RENT).toMatchObject({ signals: null, casesOpened: null, closedCases: null });
    expect(data!.evaluation.totals).toMatchObject({ signals: 5, casesOpened: 4, closedCases: 3 });
  });

  it('gives the same figures when every event and fact is delivered again', async () => {
    const before = await evaluationReport(hub, analyst, { ...october, groupBy: ['MUNICIPALITY', 'PARTNER_TYPE'] });
    await enqueue(hub, tasks.recordCaseEvent, events);
    await enqueue(hub, tasks.recordSignalFacts, [{ facts: [repeatFact] }]);
    const after = await evaluationReport(hub, analyst, { ...october, groupBy: ['MUNICIPALITY', 'PARTNER_TYPE'] });
    expect(after.data).toEqual(before.data);
    expect(after.data!.evaluation.totals.signals).toBe(8);
  });

  it('gives each month of a partner type its own medians, and the totals the medians of all', async () => {
    const { data } = await evaluationReport(hub, analyst, { ...october, municipality: '0175', groupBy: ['PARTNER_TYPE', 'MONTH'] });
    const rent = data!.evaluation.rows.find((r: any) => r.partnerType === 'RENT');
    expect(rent).toMatchObject({ month: '2026-10', medianAmountEuro: 250, medianDaysToFirstAttempt: 5, medianDaysToFirstContact: 4.5 });
    expect(data!.evaluation.totals).toMatchObject({ medianAmountEuro: 300, medianDaysToFirstAttempt: 5 });
  });

  it('counts only the days asked for when a period starts or ends within a month', async () => {
    const { data } = await evaluationReport(hub, analyst, { from: '2026-10-05', to: '2026-10-19', municipality: '0175', groupBy: ['MUNICIPALITY'] });
    expect(data!.evaluation.rows[0]).toMatchObject({ signals: 4, casesOpened: 4, medianAmountEuro: 250, medianDaysToFirstAttempt: 5, reachRate: 0.5 });
    const spanning = await evaluationReport(hub, analyst, { from: '2026-09-15', to: '2026-10-19', municipality: '0175' });
    expect(spanning.data!.evaluation.totals).toMatchObject({ signals: 4, casesOpened: 4 });
  });

  it('records case events that arrive before the signal that opened the case', async () => {
    const cases = [randomUUID(), randomUUID()].map((caseId) => ({ caseId, signalId: randomUUID() }));
    await enqueue(hub, tasks.recordCaseEvent, cases.flatMap(({ caseId, signalId }) => [
      aCaseEvent({ kind: 'CONTACT_ATTEMPT', caseId, occurredOn: '2026-09-20', channel: ContactChannel.PHONE, reached: true }, '0160'),
      aCaseEvent({ kind: 'SIGNAL_STATUS', caseId, occurredOn: '2026-09-20', signalIds: [signalId], status: SignalStatus.NOT_PICKED_UP_REPEAT }, '0160'),
    ]));
    await enqueue(hub, tasks.recordSignalFacts, [{ facts: cases.map(({ caseId, signalId }): MatchedSignalFact => ({
      ...repeatFact, signalId, caseId, openedCase: true, status: SignalStatus.NOT_YET_PICKED_UP, consecutive: false,
      partnerType: PartnerType.ENERGY, signalDate: '2026-09-10', receivedAt: '2026-09-12T08:00:00.000Z', householdId: randomUUID(),
    })) }]);
    const { data } = await evaluationReport(hub, analyst, { from: '2026-09-01', to: '2026-09-30' });
    expect(data!.evaluation.totals).toMatchObject({
      signals: 2, casesOpened: 2, reachRate: 1, medianDaysToFirstContact: 8, repeatSignalRate: 1,
    });
  });

  it('is for analysts only', async () => {
    const response = await evaluationReport(hub, await hub.token(tokens.consultantOmmen), october);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.data?.evaluation ?? null).toBeNull();
  });
});
