import { Client } from 'pg';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { addCaseNote, caseOfSignal, listCases, reportAndMatch } from '../support/operations';

/** What a subgraph's database login can do, if its process (or its password) is taken over. */
describe('each subgraph connects as its own least-privileged role', () => {
  let hub: TestHub;
  const as = async <T>(subgraph: string, run: (db: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: hub.roleUrls![subgraph] });
    await client.connect();
    try { return await run(client); } finally { await client.end(); }
  };

  beforeAll(async () => {
    hub = await startTestHub({ leastPrivilege: true });
  });
  afterAll(() => hub.close());

  it('runs the whole hub: intake, matching, casework and the access log', async () => {
    // Its own case, found by its signal (the other tests report signals too, in any order).
    const [stored] = await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident: { surname: 'Minimaal' } })]);
    const consultant = await hub.token(tokens.consultantOmmen);
    const kase = await caseOfSignal(hub, consultant, stored.id);
    expect(kase.household.residents.map((r) => r.surname)).toEqual(['Minimaal']);
    expect((await addCaseNote(hub, consultant, kase.id, 'Gebeld')).errors).toBeUndefined();
    await hub.waitForJobs();
    const { rows } = await hub.db.query('select count(*)::int as n from household.access_log');
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it("lets no subgraph read another subgraph's tables", async () => {
    await expect(as('case', (db) => db.query('select surname from household.resident'))).rejects.toThrow(/permission denied/);
    await expect(as('signal', (db) => db.query('select * from casework.case_notes'))).rejects.toThrow(/permission denied/);
    await expect(as('evaluation', (db) => db.query('select * from signal.signal'))).rejects.toThrow(/permission denied/);
    await expect(as('household', (db) => db.query('select * from evaluation.signal_facts'))).rejects.toThrow(/permission denied/);
    expect((await as('case', (db) => db.query('select count(*) from casework.cases'))).rowCount).toBe(1);
  });

  it('lets the household role only append to the access log: no update, delete, truncate or trigger switched off', async () => {
    // A log of its own to attack: a consultant reads a resident.
    await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal()]);
    await listCases(hub, await hub.token(tokens.consultantOmmen));
    await hub.waitForJobs();
    const logged = async () => (await hub.db.query('select count(*)::int as n, max(hash) as hash from household.access_log')).rows[0];
    const before = await logged();
    expect(before.n).toBeGreaterThan(0);
    for (const sql of [
      "update household.access_log set purpose = 'x'",
      'delete from household.access_log',
      'truncate household.access_log',
      'alter table household.access_log disable trigger user',
      'drop trigger access_log_append_only on household.access_log',
      'set session_replication_role = replica',
    ]) {
      await expect(as('household', (db) => db.query(sql))).rejects.toThrow(/permission denied|must be owner/);
    }
    expect(await logged()).toEqual(before);
  });
});
