import { evaluationReport, type EvaluationRowFigures } from '../support/evaluation';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { spellAsBeforeCanonicalForm } from '../support/legacy-address';
import { caseOfSignal, closeCase, pickUpCase, recordContactAttempt, reportAndMatch, succeeded } from '../support/operations';
import { enqueue } from '../support/queue';
import { tasks } from '../../subgraphs/shared/job-contracts';

/**
 * The evaluation after a merge of one address written two ways equals the evaluation of the same
 * history on an address written one way from the start. The same story is told twice: in September
 * on an address that was two households (then merged), in October on one that was always one;
 * every figure of the two months must then agree, in the report and in the DDAS delivery.
 */
describe('the evaluation after households that were one address are merged', () => {
  let hub: TestHub;
  let consultant: string;
  let legacySignal: string;
  const today = () => hub.clock.now().toISOString().slice(0, 10);

  /** A closed case, then two partners' signals on two spellings of one address; one consultant acts on the second. */
  async function story(month: string, postcode: string, twoHouseholds: boolean): Promise<string> {
    hub.clock.set('2026-11-20T09:00:00Z');
    const spelledA = { postcode, houseNumber: 20, houseNumberSuffix: '1' };
    // Before the canonical form the other spelling was a household of its own: here another house number, respelled below.
    const spelledB = twoHouseholds ? { postcode, houseNumber: 21 } : { postcode, houseNumber: 20, houseNumberSuffix: '-1' };
    const [earlier] = await reportAndMatch(hub, await hub.token(tokens.zilverenKruis), [aSignal({ arrearsSince: '2026-08-01', signalDate: `2026-${month}-01`, amountEuro: 300, resident: { surname: 'Smit', address: spelledB } })]);
    const closed = await caseOfSignal(hub, consultant, earlier.id);
    await succeeded(pickUpCase(hub, consultant, closed.id));
    await succeeded(recordContactAttempt(hub, consultant, closed.id, { channel: 'PHONE', reached: true, date: today() }));
    await succeeded(closeCase(hub, consultant, closed.id, 'FOLLOW_UP_HELP'));
    hub.clock.advanceDays(1);
    await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ arrearsSince: '2026-08-01', signalDate: `2026-${month}-10`, amountEuro: 500, resident: { surname: 'Smit', address: spelledA } })]);
    hub.clock.advanceDays(1);
    const [later] = await reportAndMatch(hub, await hub.token(tokens.vitens), [aSignal({ arrearsSince: '2026-08-01', signalDate: `2026-${month}-20`, amountEuro: 700, resident: { surname: 'Smit', address: spelledB } })]);
    const open = await caseOfSignal(hub, consultant, later.id);
    await succeeded(pickUpCase(hub, consultant, open.id));
    hub.clock.advanceDays(2);
    await succeeded(recordContactAttempt(hub, consultant, open.id, { channel: 'HOME_VISIT', reached: true, date: today() }));
    await succeeded(recordContactAttempt(hub, consultant, open.id, { channel: 'LETTER', reached: false, date: today() }));
    await hub.waitForJobs();
    return later.id;
  }

  beforeAll(async () => {
    hub = await startTestHub({ env: { SUPPRESSION_THRESHOLD: '1' } });
    consultant = await hub.token(tokens.consultantOmmen);
    legacySignal = await story('09', '7735 AB', true);
    await story('10', '7736 CD', false);
    await spellAsBeforeCanonicalForm(hub, legacySignal, { postcode: '7735 AB', houseNumber: 20, houseNumberSuffix: '-1' });
    // What the API showed before the upgrade job ran, then the job (the tests below run in any order).
    before = { report: await byMonth(), ddas: await ddasByMonth() };
    await enqueue(hub, tasks.mergeAddresses, [{}]);
  }, 120_000);
  let before: { report: Awaited<ReturnType<typeof byMonth>>; ddas: Awaited<ReturnType<typeof ddasByMonth>> };
  afterAll(() => hub.close());

  const byMonth = async () => {
    const { evaluation } = await succeeded(evaluationReport(hub, await hub.token(tokens.analyst), { from: '2026-09-01', to: '2026-10-31', municipality: '0175', groupBy: ['MONTH'] }));
    const [september, october] = evaluation.rows.map(({ month: _month, ...figures }) => figures);
    return { september, october };
  };

  const ddasByMonth = async () => {
    const delivery = async (from: string, to: string) => {
      const response = await fetch(`${hub.url}/ddas/v1/gegevens`, {
        method: 'POST', headers: { authorization: `Bearer ${await hub.token(tokens.cbs)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ aanleverperiodeStartdatum: from, aanleverperiodeEinddatum: to, aanleverendeOrganisatie: '0175' }),
      });
      expect(response.status).toBe(200);
      const { gegevens } = (await response.json()) as any;
      const statuses = new Map<string, string>(gegevens.leveringen.flatMap((l: any) => l.vroegsignalen.map((s: any) => [s.ID, s.status])));
      return gegevens.leveringen.flatMap((l: any) => l.vroegsignaalzaken)
        .map((zaak: any) => ({ result: zaak.resultaat ?? null, pickedUp: !!zaak.datumOpgepakt, signals: zaak.vroegsignalen.map((s: any) => statuses.get(s.ID)).sort() }))
        .sort((a: any, b: any) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    };
    return { september: await delivery('2026-09-01', '2026-09-30'), october: await delivery('2026-10-01', '2026-10-31') };
  };

  it('differ while the address is two households (the story is the same, the figures are not)', () => {
    const { september, october } = before.report;
    expect(october).toMatchObject({ signals: 3, casesOpened: 2, multipleSignalRate: 0.667, consecutiveSignalRate: 0.667 });
    expect(september).toMatchObject({ signals: 3, casesOpened: 3, multipleSignalRate: 0, consecutiveSignalRate: 0.333 });
    expect(before.ddas.september).toHaveLength(3);
    expect(before.ddas.october).toHaveLength(2);
  });

  it('are every figure of the address written one way from the start once merged, in the report and in the DDAS delivery', async () => {
    const { september, october } = await byMonth();
    expect(september).toEqual(october);
    expect(september).toMatchObject<Partial<EvaluationRowFigures>>({ casesOpened: 2, reachRate: 1, medianDaysToFirstContact: 1.5 });
    const ddas = await ddasByMonth();
    expect(ddas.september).toEqual(ddas.october);
  });

  it('stay so when the merge runs again', async () => {
    await enqueue(hub, tasks.mergeAddresses, [{}]);
    const { september, october } = await byMonth();
    expect(september).toEqual(october);
  });
});
