import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { getCase, listCases, reportSignals, succeeded } from '../support/operations';
import { enqueue } from '../support/queue';
import { PartnerType, SignalStatus } from '../../subgraphs/shared/enums';
import { tasks, type SignalFacts } from '../../subgraphs/shared/job-contracts';

describe('signals are matched to households and cases', () => {
  let hub: TestHub;
  let consultant: string;
  beforeAll(async () => {
    hub = await startTestHub();
    consultant = await hub.token(tokens.consultantOmmen);
  });
  afterAll(() => hub.close());

  const report = async (token: object, ...signals: ReturnType<typeof aSignal>[]) => {
    const { data } = await reportSignals(hub, await hub.token(token as any), signals);
    await hub.waitForJobs();
    return data!.reportSignals.accepted;
  };

  it('opens a case whose household, residents and signals one gateway query returns', async () => {
    const signal = aSignal({ resident: { surname: 'De Vries', bsn: '111222333', address: { postcode: '7731 ab', houseNumber: 7, houseNumberSuffix: 'a' } } });
    const [accepted] = await report(tokens.vechtdalWonen, signal);
    const { data, errors } = await listCases(hub, consultant);
    expect(errors).toBeUndefined();
    const found = data!.cases.edges.map((e) => e.node).find((c) => c.signals.some((s) => s.id === accepted.id))!;
    expect(found).toMatchObject({
      status: 'OPEN', municipality: { code: '0175', name: 'Ommen' }, multiple: false,
      household: { address: { postcode: '7731 AB', houseNumber: 7, houseNumberSuffix: 'A' }, residents: [expect.objectContaining({ surname: 'De Vries', bsn: '111222333' })] },
      signals: [{ id: accepted.id, externalId: signal.externalId, partnerType: 'RENT', amountEuro: 450, status: 'NOT_YET_PICKED_UP' }],
    });
    expect((await succeeded(getCase(hub, consultant, found.id))).case?.id).toBe(found.id);
  });

  it('joins a second signal for the same address, however it is written, to the open case and marks it multiple', async () => {
    const address = { postcode: '7732 CD', houseNumber: 15, houseNumberSuffix: 'b' };
    const [rent] = await report(tokens.vechtdalWonen, aSignal({ resident: { surname: 'Bakker', bsn: undefined, address } }));
    const [water] = await report(tokens.vitens, aSignal({ resident: { surname: 'bakker', bsn: undefined, address: { postcode: '7732cd', houseNumber: 15, houseNumberSuffix: 'B ' } } }));
    const cases = (await listCases(hub, consultant)).data!.cases.edges.map((e) => e.node);
    const matching = cases.filter((c) => c.signals.some((s: any) => s.id === rent.id || s.id === water.id));
    expect(matching).toHaveLength(1);
    expect(matching[0].multiple).toBe(true);
    expect(matching[0].signals.map((s: any) => s.partnerType).sort()).toEqual(['RENT', 'WATER']);
    expect(matching[0].household.residents).toHaveLength(1);
  });

  it('keeps two residents of one address apart when their BSNs differ', async () => {
    const address = { postcode: '7733 EF', houseNumber: 2 };
    await report(tokens.vechtdalWonen, aSignal({ resident: { surname: 'Smit', address } }));
    await report(tokens.zilverenKruis, aSignal({ resident: { surname: 'Mulder', address } }));
    const cases = (await listCases(hub, consultant)).data!.cases.edges.map((e) => e.node);
    const household = cases.find((c) => c.household.address?.postcode === '7733 EF')?.household;
    expect(household?.residents.map((r) => r.surname).sort()).toEqual(['Mulder', 'Smit']);
  });

  it('changes nothing when a job is delivered a second time', async () => {
    const [accepted] = await report(tokens.vechtdalWonen, aSignal({ resident: { address: { postcode: '7734 GH', houseNumber: 9 } } }));
    const counts = async () => (await hub.db.query(`
      select (select count(*) from household.household) h, (select count(*) from household.resident) r,
             (select count(*) from casework.cases) c, (select count(*) from casework.case_signals) cs,
             (select count(*) from evaluation.signal_facts) f`)).rows[0];
    const before = await counts();
    // Redeliver every stage of this signal's journey, as an at-least-once queue may.
    const match = await hub.db.query('select resident_id, household_id from household.signal_link where signal_id = $1', [accepted.id]);
    expect(match.rows).toHaveLength(1);
    const signal = (await hub.db.query('select * from signal.signal where id = $1', [accepted.id])).rows[0];
    const facts: SignalFacts = {
      signalId: accepted.id, partnerCode: 'vechtdal-wonen', partnerType: PartnerType.RENT, municipalityCode: '0175', receivedAt: signal.received_at.toISOString(),
      signalDate: '2026-11-20', arrearsSince: '2026-10-01', amountEuro: 450, crisis: false, warmHandover: false,
    };
    const caseId = (await hub.db.query('select case_id from casework.case_signals where signal_id = $1', [accepted.id])).rows[0].case_id;
    const householdId = match.rows[0].household_id;
    const sealedResident = 'never opened: the signal is matched already';
    await enqueue(hub, tasks.matchSignals, [{ signals: [{ ...facts, sealedResident }] }]);
    await enqueue(hub, tasks.attachSignals, [{ signals: [{ ...facts, householdId }] }]);
    await enqueue(hub, tasks.recordSignalFacts, [{ facts: [{ ...facts, householdId, caseId, openedCase: true, status: SignalStatus.NOT_YET_PICKED_UP, consecutive: false }] }]);
    await hub.waitForJobs();
    expect(await counts()).toEqual(before);
  });
});

describe('the street and city of a household', () => {
  let hub: TestHub;
  let consultant: string;
  beforeAll(async () => {
    hub = await startTestHub();
    consultant = await hub.token(tokens.consultantOmmen);
  });
  afterAll(() => hub.close());

  const addressOf = async (signalId: string) => {
    const { data } = await listCases(hub, consultant);
    return data!.cases.edges.map((e) => e.node).find((c) => c.signals.some((s: any) => s.id === signalId))?.household.address;
  };

  it('come from the partner when it knows them, and reach the consultant who visits', async () => {
    const { data } = await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [
      aSignal({ resident: { address: { postcode: '7731 AB', houseNumber: 3, street: ' Markt ', city: 'Ommen' } } }),
      aSignal({ resident: { address: { postcode: '7731 AB', houseNumber: 5 } } }),
    ]);
    await hub.waitForJobs();
    const [known, unknown] = data!.reportSignals.accepted;
    expect(await addressOf(known.id)).toEqual({ postcode: '7731 AB', houseNumber: 3, houseNumberSuffix: null, street: 'Markt', city: 'Ommen' });
    expect(await addressOf(unknown.id)).toEqual({ postcode: '7731 AB', houseNumber: 5, houseNumberSuffix: null, street: null, city: null });
  });

  it('are filled in or corrected by a later signal for the same address, and kept when it names none', async () => {
    const partner = await hub.token(tokens.vitens);
    // Its own address, known first without a street and city (as the test before reports one).
    await reportSignals(hub, partner, [aSignal({ resident: { address: { postcode: '7731 AC', houseNumber: 5 } } })]);
    await hub.waitForJobs();
    await reportSignals(hub, partner, [aSignal({ resident: { address: { postcode: '7731 AC', houseNumber: 5, street: 'Markt', city: 'Ommen' } } })]);
    await hub.waitForJobs();
    const { data } = await reportSignals(hub, partner, [aSignal({ resident: { address: { postcode: '7731 AC', houseNumber: 5 } } })]);
    await hub.waitForJobs();
    expect(await addressOf(data!.reportSignals.accepted[0].id)).toMatchObject({ street: 'Markt', city: 'Ommen' });
  });

  it('are refused, with the signal alone, when they are not a plausible street or place name', async () => {
    const good = aSignal();
    const { data } = await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [
      good, aSignal({ resident: { address: { postcode: '7731 AB', houseNumber: 9, street: 'x'.repeat(101) } } }),
      aSignal({ resident: { address: { postcode: '7731 AB', houseNumber: 9, city: 'Ommen<script>' } } }),
    ]);
    expect(data!.reportSignals.accepted.map((s) => s.externalId)).toEqual([good.externalId]);
    expect(data!.reportSignals.rejected.map((r) => r.message)).toEqual([
      expect.stringContaining('resident.address.street'), expect.stringContaining('resident.address.city'),
    ]);
  });
});

describe('one address written two ways', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startTestHub(); });
  afterAll(() => hub.close());

  it.each([[20, '1', '-1'], [21, 'a', ' A'], [22, 'A2', 'a-2'], [23, '2', '/2'], [24, 'bis', 'B I S']])(
    'is one household with one multiple case (number %j, suffix %j and %j)', async (houseNumber, first, second) => {
      await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident: { address: { postcode: '7733 KL', houseNumber, houseNumberSuffix: first } } })]);
      await reportSignals(hub, await hub.token(tokens.vitens), [aSignal({ resident: { address: { postcode: '7733kl', houseNumber, houseNumberSuffix: second } } })]);
      await hub.waitForJobs();
      const { data } = await listCases(hub, await hub.token(tokens.consultantOmmen));
      const cases = data!.cases.edges.map((e) => e.node).filter((c) => c.household.address?.houseNumber === houseNumber);
      expect(cases.map((c) => ({ signals: c.signals.length, multiple: c.multiple }))).toEqual([{ signals: 2, multiple: true }]);
    });
});
