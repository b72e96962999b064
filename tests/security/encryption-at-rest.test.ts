import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PersonalDataCipher } from '../../subgraphs/shared/personal-data-cipher';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { listCases, reportSignals } from '../support/operations';

describe('personal data at rest', () => {
  let hub: TestHub;
  const resident = {
    bsn: '123456782', initials: 'Q.X.', surnamePrefix: 'van der', surname: 'Zwanenburgh', birthDate: '1971-03-09',
    phone: '0687654321', email: 'q.zwanenburgh@voorbeeld.nl', address: { postcode: '7731 QZ', houseNumber: 4817, houseNumberSuffix: 'bis', street: 'Kerkplein Oost', city: 'Vilsteren' },
  };
  const secrets = ['123456782', 'Zwanenburgh', 'zwanenburgh', 'van der', '0687654321', 'voorbeeld.nl', '7731QZ', '7731 QZ', '1971-03-09', '4817', 'Q.X.', 'Kerkplein', 'Vilsteren'];

  // One resident reported once; each test reads it and leaves it as it found it, in any order.
  beforeAll(async () => {
    hub = await startTestHub();
    // The worker takes jobs at once; a test trigger keeps a copy of every queued payload.
    await hub.db.query(`
      create table public.queued_payloads (payload json);
      -- security definer: the spy runs as its owner, whichever subgraph role enqueues the job.
      create function public.copy_payload() returns trigger language plpgsql security definer as $$
        begin insert into public.queued_payloads values (new.payload); return new; end $$;
      create trigger copy_payload after insert on graphile_worker._private_jobs for each row execute function public.copy_payload();`);
    const response = await reportSignals(hub, await hub.token(tokens.vechtdalWonen), [aSignal({ resident })]);
    expect(response.data!.reportSignals.accepted).toHaveLength(1);
    await hub.waitForJobs();
  });
  afterAll(() => hub.close());

  const dumpOf = async (sql: string) => JSON.stringify((await hub.db.query(sql)).rows);

  it('keeps the resident out of the queued match job', async () => {
    const jobs = await dumpOf('select payload::text as p from public.queued_payloads');
    expect(jobs).toContain('sealedResident');
    for (const secret of secrets) expect(jobs).not.toContain(secret);
  });

  it('stores no resident name, BSN, phone, e-mail, birth date or address in plaintext, and still shows them to the consultant', async () => {
    // Every table of every schema, the job queue's included.
    const { rows: tables } = await hub.db.query(`select table_schema as s, table_name as t from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'public')`);
    expect(tables.length).toBeGreaterThan(5);
    const dump = (await Promise.all(tables.map(({ s, t }) => dumpOf(`select * from "${s}"."${t}"`)))).join('\n');
    expect(dump).toContain('pd2:');
    for (const secret of secrets) expect(dump).not.toContain(secret);

    const cases = await listCases(hub, await hub.token(tokens.consultantOmmen));
    const household = cases.data!.cases.edges[0].node.household;
    expect(household.address).toEqual({ postcode: '7731 QZ', houseNumber: 4817, houseNumberSuffix: 'BIS', street: 'Kerkplein Oost', city: 'Vilsteren' });
    expect(household.residents[0]).toMatchObject({ surname: 'Zwanenburgh', bsn: '123456782', phone: '0687654321', email: resident.email, birthDate: '1971-03-09' });
  });

  /** `npm run privacy:reencrypt` with these keys, `currentKeyId` the one to write with. */
  const reencryptWith = (keys: Record<string, string>, currentKeyId: string) => promisify(execFile)(join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'), ['scripts/reencrypt.ts'], {
    cwd: join(__dirname, '..', '..'),
    env: {
      ...process.env, NODE_ENV: 'development', DATABASE_URL: (hub.db as any).options.connectionString, DATA_DIR: mkdtempSync(join(tmpdir(), 'rotate-')),
      PERSONAL_DATA_KEYS: JSON.stringify(keys), PERSONAL_DATA_KEY_ID: currentKeyId,
    },
  });

  it('upgrades a value written before row binding (pd1): refused until privacy:reencrypt binds it to its row, then read again', async () => {
    const { personalData } = hub.config.privacy;
    const cipher = new PersonalDataCipher(personalData);
    const { rows } = await hub.db.query('select id, surname from household.resident');
    const own = rows.find((r) => JSON.parse(cipher.decryptAt(r.surname, { table: 'household.resident', column: 'surname', rowId: r.id })) === resident.surname)!;
    // As the hub wrote it before values were bound to their row: the same key, no row in the additional data.
    await hub.db.query('update household.resident set surname = $2 where id = $1', [own.id, cipher.encrypt(JSON.stringify(resident.surname))]);
    const surnameShown = async () => (await listCases(hub, await hub.token(tokens.consultantOmmen))).data!.cases.edges[0].node.household.residents[0].surname;
    expect(await surnameShown()).toBeNull();

    await reencryptWith(personalData.keys, personalData.currentKeyId);
    const { rows: [upgraded] } = await hub.db.query('select surname from household.resident where id = $1', [own.id]);
    expect(upgraded.surname.startsWith(`pd2:${personalData.currentKeyId}:${own.id}:`)).toBe(true);
    expect(await surnameShown()).toBe(resident.surname);
  });

  it('rotates keys: privacy:reencrypt rewrites every value with the new current key', async () => {
    const newKey = randomBytes(32).toString('base64');
    const keys = { ...hub.config.privacy.personalData.keys, k2027: newKey };
    const reencrypt = (currentKeyId: string) => reencryptWith(keys, currentKeyId);
    await reencrypt('k2027');
    const { rows } = await hub.db.query('select id, surname, bsn from household.resident');
    expect(rows.length).toBeGreaterThan(0);
    const onlyNewKey = new PersonalDataCipher({ keys: { k2027: newKey }, currentKeyId: 'k2027' });
    expect(rows.every((r) => r.surname.startsWith('pd2:k2027:'))).toBe(true);
    expect(rows.map((r) => JSON.parse(onlyNewKey.decryptAt(r.surname, { table: 'household.resident', column: 'surname', rowId: r.id })))).toContain('Zwanenburgh');
    // And back, so the running hub (which knows only its own key) reads the data again.
    await reencrypt(hub.config.privacy.personalData.currentKeyId);
    const household = (await listCases(hub, await hub.token(tokens.consultantOmmen))).data!.cases.edges[0].node.household;
    expect(household.residents[0]).toMatchObject({ surname: 'Zwanenburgh' });
  });
});
