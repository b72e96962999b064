import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { spellAsBeforeCanonicalForm } from '../support/legacy-address';
import { caseOfSignal, closeCase, listCases, pickUpCase, reportAndMatch, succeeded, type CaseView } from '../support/operations';
import { enqueue } from '../support/queue';
import { tasks } from '../../subgraphs/shared/job-contracts';

/**
 * Before addresses had one canonical form, "20-1" and "20 1" gave two households. The hub's own
 * upgrade job merges them: one household, its open cases one case, its closed case kept as it was,
 * each person one resident, nothing personal lost, and the log says so. Only the old spelling is
 * written to the database directly (today's API cannot create it); everything else, and every
 * check, goes through the API as a partner, a consultant and a privacy officer use it.
 */
describe('households that are one address written two ways, from before the canonical form', () => {
  let hub: TestHub;
  let consultant: string;
  let officer: string;
  let rentId: string;
  let healthId: string;
  let waterId: string;
  const ommen = (houseNumber: number, houseNumberSuffix?: string) => ({ postcode: '7734 MN', houseNumber, houseNumberSuffix });
  const smit = { bsn: '111222333', initials: 'P.', surname: 'Smit', birthDate: '1970-01-02' };

  beforeAll(async () => {
    hub = await startTestHub({ env: { PURPOSES: JSON.stringify({ consultant: ['casework', 'before-merge'] }) } });
    consultant = await hub.token(tokens.consultantOmmen);
    officer = await hub.token(tokens.privacyOfficer);
    // Smit is known at "20 1" to the landlord without an e-mail address ...
    [{ id: rentId }] = await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident: { ...smit, email: undefined, address: ommen(20, '1') } })]);
    // ... and at "20-1" (here still another address, respelled below) to the insurer, whose case was closed, and the water company, with a second resident.
    [{ id: healthId }] = await reportAndMatch(hub, await hub.token(tokens.zilverenKruis), [aSignal({ resident: { ...smit, email: 'p.smit@example.nl', address: { ...ommen(21), street: 'Dorpsstraat', city: 'Ommen' } } })]);
    await succeeded(closeCase(hub, consultant, (await caseOfSignal(hub, consultant, healthId)).id, 'NOT_PICKED_UP_OTHER'));
    [{ id: waterId }] = await reportAndMatch(hub, await hub.token(tokens.vitens), [aSignal({ resident: { bsn: '123456782', surname: 'Smit', phone: '0698765432', address: ommen(21) } })]);
    await succeeded(pickUpCase(hub, consultant, (await caseOfSignal(hub, consultant, waterId)).id));
    await hub.graphql(consultant, '{ cases(first: 100) { edges { node { household { address { postcode } residents { surname } } } } } }', undefined, { 'x-purpose': 'before-merge' });
    await hub.waitForJobs();
    await spellAsBeforeCanonicalForm(hub, waterId, { postcode: '7734 MN', houseNumber: 20, houseNumberSuffix: '-1' });
    // What the API showed before the upgrade job ran, then the job (the tests below run in any order).
    before = { cases: await casesAt(), smits: (await residentsWithBsn(smit.bsn)).length };
    await enqueue(hub, tasks.mergeAddresses, [{}]);
  }, 120_000);
  afterAll(() => hub.close());
  let before: { cases: CaseView[]; smits: number };

  const casesAt = async (): Promise<CaseView[]> => (await succeeded(listCases(hub, consultant))).cases.edges.map((e) => e.node)
    .filter((c) => c.signals.some((s) => [rentId, healthId, waterId].includes(s.id)));
  const residentsWithBsn = async (bsn: string) =>
    (await succeeded(hub.graphql<{ findResidents: Array<{ id: string }> }>(officer, 'query ($bsn: String!) { findResidents(bsn: $bsn) { id } }', { bsn }))).findResidents;

  it('were two households with three cases, none multiple, and Smit twice', () => {
    expect(before.cases.map((c) => [c.status, c.multiple]).sort()).toEqual([['CLOSED', false], ['OPEN', false], ['PICKED_UP', false]]);
    expect(new Set(before.cases.map((c) => c.household.id)).size).toBe(2);
    expect(before.smits).toBe(2);
  });

  it('become one household: the open cases one multiple picked-up case with both signals, the closed case kept as it was', async () => {
    const cases = await casesAt();
    expect(new Set(cases.map((c) => c.household.id)).size).toBe(1);
    const open = cases.find((c) => c.status !== 'CLOSED')!;
    const closed = cases.find((c) => c.status === 'CLOSED')!;
    expect(cases).toHaveLength(2);
    expect(open).toMatchObject({ status: 'PICKED_UP', multiple: true, household: { address: { postcode: '7734 MN', houseNumber: 20, houseNumberSuffix: '1', street: 'Dorpsstraat', city: 'Ommen' } } });
    expect(open.signals.map((s) => [s.id, s.status])).toEqual(expect.arrayContaining([[rentId, 'PICKED_UP'], [waterId, 'PICKED_UP']]));
    expect(closed).toMatchObject({ outcome: 'NOT_PICKED_UP_OTHER', signals: [{ id: healthId }] });
  });

  it('know each person once, with everything either spelling knew of them', async () => {
    const [{ household }] = await casesAt();
    expect(household.residents.map((r) => r.bsn).sort()).toEqual(['111222333', '123456782']);
    expect(household.residents.find((r) => r.bsn === smit.bsn)).toMatchObject({ ...smit, email: 'p.smit@example.nl' });
    const [resident] = await residentsWithBsn(smit.bsn);
    expect(await residentsWithBsn(smit.bsn)).toHaveLength(1);
    const { residentRecord } = await succeeded(hub.graphql<{ residentRecord: { signals: Array<{ partnerType: string }> } }>(officer,
      'query ($id: ID!) { residentRecord(residentId: $id) { signals { partnerType } } }', { id: resident.id }, { 'x-purpose': 'access-request' }));
    expect(new Set(residentRecord.signals.map((s) => s.partnerType))).toEqual(new Set(['HEALTH_INSURANCE', 'RENT']));
  });

  it('is in the access log, and each resident\'s consultations keep what was read before', async () => {
    for (const bsn of [smit.bsn, '123456782']) {
      const [{ id }] = await residentsWithBsn(bsn);
      const { residentConsultations } = await succeeded(hub.graphql<{ residentConsultations: Array<{ action: string; purpose: string }> }>(officer,
        'query ($id: ID!) { residentConsultations(residentId: $id) { action purpose } }', { id }));
      expect(residentConsultations).toEqual(expect.arrayContaining([
        { action: 'read', purpose: 'before-merge' }, { action: 'merge', purpose: 'address-normalisation' },
      ]));
    }
  });

  it('match a new signal written either way to the merged household and its open case, and a second run changes nothing', async () => {
    await enqueue(hub, tasks.mergeAddresses, [{}]);
    const [{ id: newId }] = await reportAndMatch(hub, await hub.token(tokens.zilverenKruis), [aSignal({ amountEuro: 900, resident: { ...smit, email: 'p.smit@example.nl', address: ommen(20, ' - 1') } })]);
    const cases = await casesAt();
    expect(cases).toHaveLength(2);
    expect(new Set(cases.map((c) => c.household.id)).size).toBe(1);
    expect(cases.find((c) => c.status !== 'CLOSED')!.signals.map((s) => s.id)).toEqual(expect.arrayContaining([rentId, waterId, newId]));
    expect(await residentsWithBsn(smit.bsn)).toHaveLength(1);
  });
});
