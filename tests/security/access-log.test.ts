import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportSignals } from '../support/operations';
import { auditScript } from './support/audit';

const caseWithPersonalData = '{ cases { edges { node { household { id address { postcode } residents { id surname phone } } } } } }';

describe('the access log', () => {
  let hub: TestHub;
  const bsn = '111222333';
  beforeAll(async () => {
    hub = await startTestHub();
    await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident: { bsn, surname: 'Oosterveld' } })]);
    await hub.waitForJobs();
  });
  afterAll(() => hub.close());

  const post = async (claims: object, query: string, headers: Record<string, string> = {}, variables?: object) => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token(claims as any)}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as any) };
  };
  const logRows = async () => (await hub.db.query('select * from household.access_log order by seq')).rows;
  const auditVerify = () => auditScript(hub, 'audit-verify');

  it('records who read which resident and household, when, from where, why and in which request', async () => {
    const before = (await logRows()).length;
    const response = await post(tokens.consultantOmmen, caseWithPersonalData, { 'x-purpose': 'warm-handover' });
    const household = response.data.cases.edges[0].node.household;
    const rows = (await logRows()).slice(before);
    // A record names one object (object_id) or, for the accesses of one request alike, several (object_ids).
    expect(rows.flatMap((r) => (r.object_ids ?? [r.object_id]).map((id: string) => [r.object_type, id, r.result]))).toEqual(expect.arrayContaining([
      ['Household', household.id, 'allowed'], ['Resident', household.residents[0].id, 'allowed'],
    ]));
    const resident = rows.find((r) => r.object_type === 'Resident')!;
    expect(resident.fields.sort()).toEqual(['Resident.phone', 'Resident.surname']);
    expect(resident).toMatchObject({ action: 'read', actor_sub: 'consultant-ommen', actor_role: 'consultant', purpose: 'warm-handover' });
    expect(resident.origin).toMatch(/127\.0\.0\.1/);
    expect(resident.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(rows.map((r) => r.trace_id)).size).toBe(1);
  });

  it("stores a page's reads of one kind as one record naming every object, and each resident's consultations list it", async () => {
    await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [aSignal(), aSignal(), aSignal()]);
    await hub.waitForJobs();
    const before = (await logRows()).length;
    const response = await post(tokens.consultantOmmen, caseWithPersonalData, { 'x-purpose': 'warm-handover' });
    const households = response.data.cases.edges.map((e: any) => e.node.household);
    const residentIds: string[] = households.flatMap((h: any) => h.residents.map((r: any) => r.id));
    expect(residentIds.length).toBeGreaterThanOrEqual(4);
    const rows = (await logRows()).slice(before);
    expect(rows.map((r) => r.object_type).sort()).toEqual(['Household', 'Resident']);
    const residentRow = rows.find((r) => r.object_type === 'Resident')!;
    expect([...residentRow.object_ids].sort()).toEqual([...residentIds].sort());
    expect(rows.find((r) => r.object_type === 'Household')!.object_ids.sort()).toEqual(households.map((h: any) => h.id).sort());
    for (const id of residentIds) {
      const { data } = await post(tokens.privacyOfficer, 'query ($id: ID!) { residentConsultations(residentId: $id) { at purpose fields actor } }', {}, { id });
      const read = data.residentConsultations.filter((c: any) => c.purpose === 'warm-handover' && Date.parse(c.at) === residentRow.at.getTime());
      // The resident's own record, and their household's.
      expect(read.map((c: any) => c.fields.sort())).toEqual(expect.arrayContaining([['Resident.phone', 'Resident.surname']]));
      expect(read.length).toBeGreaterThanOrEqual(1);
    }
    expect((await auditVerify()).code).toBe(0);
  });

  it("uses the role's purpose when the client names none, and refuses a malformed one", async () => {
    const before = (await logRows()).length;
    await post(tokens.consultantOmmen, caseWithPersonalData);
    expect((await logRows()).slice(before).every((r) => r.purpose === 'casework')).toBe(true);
    const bad = await post(tokens.consultantOmmen, caseWithPersonalData, { 'x-purpose': "x'; drop table household.access_log; --" });
    expect(bad.status).toBe(400);
  });

  it('lets the privacy officer find a resident by BSN and list every consultation with date, purpose and who, but read nothing personal', async () => {
    const officer = tokens.privacyOfficer;
    // Its own consultation to find: a consultant reads the resident for a warm handover.
    expect((await post(tokens.consultantOmmen, caseWithPersonalData, { 'x-purpose': 'warm-handover' })).errors).toBeUndefined();
    const found = await post(officer, 'query ($bsn: String!) { findResidents(bsn: $bsn) { id } }', {}, { bsn });
    expect(found.data.findResidents).toHaveLength(1);
    const nosy = await post(officer, 'query ($bsn: String!) { findResidents(bsn: $bsn) { id surname } }', {}, { bsn });
    expect(JSON.stringify(nosy)).not.toContain('Oosterveld');
    expect(nosy.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const residentId = found.data.findResidents[0].id;

    const { data } = await post(officer, 'query ($id: ID!) { residentConsultations(residentId: $id) { at action purpose result fields actor actorRole } }', {}, { id: residentId });
    const consultations = data.residentConsultations;
    expect(consultations).toEqual(expect.arrayContaining([
      expect.objectContaining({ action: 'read', purpose: 'warm-handover', result: 'allowed', actor: 'consultant-ommen', actorRole: 'consultant' }),
      expect.objectContaining({ action: 'read', purpose: 'privacy-supervision', result: 'denied', fields: ['Resident.surname'], actor: 'privacy-officer' }),
    ]));
    expect(consultations.every((c: any) => !Number.isNaN(Date.parse(c.at)))).toBe(true);
  });

  it('refuses the consultations to everyone but the privacy officer', async () => {
    for (const claims of [tokens.consultantOmmen, tokens.analyst, tokens.cbs, tokens.vitens]) {
      const response = await post(claims, 'query { findResidents(bsn: "111222333") { id } }');
      expect(response.data).toBeNull();
      expect(response.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('is append-only: the database refuses to change or delete a record', async () => {
    await expect(hub.db.query("update household.access_log set purpose = 'none'")).rejects.toThrow(/append-only/);
    await expect(hub.db.query('delete from household.access_log')).rejects.toThrow(/append-only/);
  });

  it('is hash-chained: audit:verify passes, then names the first record changed behind the trigger', async () => {
    // Records of its own to chain (a read writes the household's and the resident's).
    await post(tokens.consultantOmmen, caseWithPersonalData);
    const ok = await auditVerify();
    expect(ok.output).toMatch(/Access log intact: \d+ records checked/);
    expect(ok.code).toBe(0);

    const victim = (await logRows())[1];
    await hub.db.query('alter table household.access_log disable trigger access_log_append_only');
    await hub.db.query("update household.access_log set actor_sub = 'someone-else' where seq = $1", [victim.seq]);
    await hub.db.query('alter table household.access_log enable trigger access_log_append_only');

    const broken = await auditVerify();
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(`BROKEN at record ${victim.seq}`);
  });
});
