import { aBsn, aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { addCaseNote, caseOfSignal, evaluation, getCase, pickUpCase, reportAndMatch, succeeded } from '../support/operations';

const recordQuery = `query($id: ID!) { residentRecord(residentId: $id) {
  resident { surname bsn phone }
  household { address { postcode houseNumber } cases { status assignee notes { text author } } }
  signals { externalId partnerType amountEuro status }
  consultations { at action purpose actorRole }
} }`;

describe("a resident's rights through the privacy officer: access and erasure", () => {
  let hub: TestHub;
  let officer: string;
  let consultant: string;
  let residentId: string;
  const bsn = '123456782';
  const accessRequest = { 'x-purpose': 'access-request' };

  const findResidents = async (bsnToFind: string) =>
    (await succeeded(hub.graphql<{ findResidents: Array<{ id: string }> }>(officer, 'query($bsn: String!) { findResidents(bsn: $bsn) { id } }', { bsn: bsnToFind }))).findResidents;

  /** A resident whose case a consultant picked up and noted on: each test that changes one builds its own. */
  const aResidentWithNotedCase = async (surname: string, residentBsn: string, houseNumber: number) => {
    const [signal] = await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ amountEuro: 610, resident: { bsn: residentBsn, surname, address: { postcode: '7738 RS', houseNumber } } })]);
    const kase = (await caseOfSignal(hub, consultant, signal.id)).id;
    await succeeded(pickUpCase(hub, consultant, kase));
    await succeeded(addCaseNote(hub, consultant, kase, `Mr ${surname} prefers mornings`));
    await hub.waitForJobs();
    return { caseId: kase, residentId: (await findResidents(residentBsn))[0].id };
  };

  beforeAll(async () => {
    hub = await startTestHub({ env: { SUPPRESSION_THRESHOLD: '1' } });
    officer = await hub.token(tokens.privacyOfficer);
    consultant = await hub.token(tokens.consultantOmmen);
    ({ residentId } = await aResidentWithNotedCase('Hendriks', bsn, 4));
  });
  afterAll(() => hub.close());

  it('keeps personal data closed to the privacy officer without the access-request purpose', async () => {
    const { data, errors } = await hub.graphql<unknown>(officer, recordQuery, { id: residentId });
    expect(errors?.some((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(JSON.stringify(data)).not.toContain('Hendriks');
  });

  it('exports everything stored about the resident, with every consultation of their data', async () => {
    const record = (await succeeded(hub.graphql<{ residentRecord: Record<string, any> }>(officer, recordQuery, { id: residentId }, accessRequest))).residentRecord;
    expect(record.resident).toEqual({ surname: 'Hendriks', bsn, phone: '0612345678' });
    expect(record.household.address).toEqual({ postcode: '7738 RS', houseNumber: 4 });
    expect(record.household.cases).toEqual([{ status: 'PICKED_UP', assignee: 'consultant-ommen', notes: [{ text: 'Mr Hendriks prefers mornings', author: 'consultant-ommen' }] }]);
    expect(record.signals).toEqual([{ externalId: expect.any(String), partnerType: 'RENT', amountEuro: 610, status: 'PICKED_UP' }]);
    expect(record.consultations).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'read', purpose: 'casework', actorRole: 'consultant' })]));
  });

  it('lets only the privacy officer erase a resident', async () => {
    const response = await hub.graphql<unknown>(consultant, 'mutation($id: ID!) { eraseResident(residentId: $id) { householdErased } }', { id: residentId });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await hub.graphql<unknown>(officer, 'mutation($id: ID!) { eraseResident(residentId: $id) { householdErased } }', { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('erases the resident on request, with the address and case notes, and leaves the figures as they were', async () => {
    const erasedBsn = aBsn();
    const { caseId, residentId } = await aResidentWithNotedCase('Visser', erasedBsn, 6);
    const figures = async () => (await evaluation(hub, await hub.token(tokens.analyst), { from: '2026-01-01', to: '2026-12-31', groupBy: ['MUNICIPALITY'] })).data!.evaluation.rows;
    const before = await figures();
    const data = await succeeded(hub.graphql<{ eraseResident: { residentId: string; householdErased: boolean; erasedAt: string } }>(officer, 'mutation($id: ID!) { eraseResident(residentId: $id) { residentId householdErased erasedAt } }', { id: residentId }));
    expect(data.eraseResident).toEqual({ residentId, householdErased: true, erasedAt: '2026-11-26T09:00:00.000Z' });
    await hub.waitForJobs();
    expect(await findResidents(erasedBsn)).toEqual([]);
    const kase = (await succeeded(getCase(hub, consultant, caseId))).case;
    expect(kase?.household).toMatchObject({ address: null, residents: [] });
    const notes = await succeeded(hub.graphql<{ case: { status: string; notes: Array<{ text: string }> } }>(consultant, 'query($id: ID!) { case(id: $id) { status notes { text } } }', { id: caseId }));
    expect(notes.case).toEqual({ status: 'PICKED_UP', notes: [] });
    const erased = await hub.db.query('select personal_data_erased_at from casework.cases where id = $1', [caseId]);
    expect(erased.rows[0].personal_data_erased_at).toEqual(new Date('2026-11-26T09:00:00.000Z'));
    expect(await figures()).toEqual(before);
  });
});
