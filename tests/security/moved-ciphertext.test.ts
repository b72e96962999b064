import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { addCaseNote, listCases, reportAndMatch } from '../support/operations';
import { securityEvents } from './support/security-events';

/** The audit's attack: with database superuser access, copy a resident's ciphertext into another municipality's row. */
describe('a ciphertext moved to another row', () => {
  let hub: TestHub;
  const ommen = { bsn: '123456782', surname: 'Zwanenburgh', address: { postcode: '7731 QZ', houseNumber: 7 } };
  const hardenberg = { surname: 'Hulshof', address: { postcode: '7771 AA', houseNumber: 3 } };

  beforeAll(async () => {
    hub = await startTestHub();
    await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident: ommen }), aSignal({ resident: hardenberg })]);
  });
  const restore: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const undo of restore.splice(0)) await undo();
  });
  afterAll(() => hub.close());

  const residentOf = async (surnameOfOwnRow: string) => {
    const { rows } = await hub.db.query(`select r.id from household.resident r join household.household h on h.id = r.household_id
      where h.municipality_code = $1`, [surnameOfOwnRow === ommen.surname ? '0175' : '0160']);
    return rows[0].id as string;
  };

  it('shows the other municipality\'s consultant no plaintext, and reports the moved values', async () => {
    const from = await residentOf(ommen.surname);
    const to = await residentOf(hardenberg.surname);
    await hub.db.query(`update household.resident t set bsn = f.bsn, surname = f.surname from household.resident f where f.id = $1 and t.id = $2`, [from, to]);

    const events = securityEvents();
    try {
      const response = await listCases(hub, await hub.token(tokens.consultantHardenberg));
      const text = JSON.stringify(response);
      expect(text).not.toContain(ommen.bsn);
      expect(text).not.toContain(ommen.surname);
      expect(response.data!.cases.edges).toHaveLength(1);
      expect(events.seen('personal_data_refused').map((e) => `${e.column}:${e.rowId}`).sort()).toEqual([`bsn:${to}`, `surname:${to}`]);
    } finally {
      events.stop();
    }
    // The moved values stay where the attacker put them: evidence, not silently overwritten.
    const { rows } = await hub.db.query('select (select bsn from household.resident where id = $1) = (select bsn from household.resident where id = $2) as same', [from, to]);
    expect(rows[0].same).toBe(true);
  });

  it('still shows the resident whose row was copied from, to their own consultant', async () => {
    const response = await listCases(hub, await hub.token(tokens.consultantOmmen));
    expect(response.data!.cases.edges[0].node.household.residents[0]).toMatchObject({ bsn: ommen.bsn, surname: ommen.surname });
  });

  it('decrypts only the parts of an address the query asks for: a moved city is refused when read, and not read when not asked', async () => {
    const { rows: [household] } = await hub.db.query(`select id, city from household.household where municipality_code = '0160'`);
    await hub.db.query('update household.household set city = postcode where id = $1', [household.id]);
    // The other tests read this household's address too: its city is put back at the end, whatever their order.
    restore.push(() => hub.db.query('update household.household set city = $2 where id = $1', [household.id, household.city]));
    const consultant = await hub.token(tokens.consultantHardenberg);
    const addressQuery = (fields: string) => hub.graphql<{ cases: { edges: Array<{ node: { household: { address: Record<string, unknown> } } }> } }>(
      consultant, `{ cases(first: 5) { edges { node { household { address { ${fields} } } } } } }`);
    const events = securityEvents();
    try {
      const withoutCity = await addressQuery('postcode houseNumber houseNumberSuffix');
      expect(withoutCity.data!.cases.edges[0].node.household.address).toEqual({ postcode: '7771 AA', houseNumber: 3, houseNumberSuffix: null });
      expect(events.seen('personal_data_refused')).toEqual([]);

      const withCity = await addressQuery('postcode city');
      expect(withCity.data!.cases.edges[0].node.household.address).toEqual({ postcode: '7771 AA', city: null });
      expect(events.seen('personal_data_refused').map((e) => `${e.column}:${e.rowId}`)).toEqual([`city:${household.id}`]);
    } finally {
      events.stop();
    }
  });

  it('refuses a value moved to another column of the same row, and a note moved to another case', async () => {
    const consultant = await hub.token(tokens.consultantOmmen);
    const row = await residentOf(ommen.surname);
    await hub.db.query('update household.resident set initials = surname where id = $1', [row]);
    const { data } = await listCases(hub, consultant);
    expect(data!.cases.edges[0].node.household.residents[0].initials).toBeNull();

    const caseId = data!.cases.edges[0].node.id;
    await addCaseNote(hub, consultant, caseId, 'Schuld bij de woningcorporatie, vertrouwelijk');
    const hardenbergCase = (await listCases(hub, await hub.token(tokens.consultantHardenberg))).data!.cases.edges[0].node.id;
    await hub.db.query(`insert into casework.case_notes (id, case_id, municipality_code, text, author, created_at)
      select gen_random_uuid(), $1, '0160', text, author, created_at from casework.case_notes where case_id = $2`, [hardenbergCase, caseId]);
    const notes = await hub.graphql(await hub.token(tokens.consultantHardenberg), 'query($id: ID!) { case(id: $id) { notes { text } } }', { id: hardenbergCase });
    expect(JSON.stringify(notes)).not.toContain('vertrouwelijk');
  });
});
