import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportAndMatch, succeeded } from '../support/operations';
import { auditScript } from '../security/support/audit';

const verificationFields = 'at ok checked brokenAt reason verifiedBy';
interface Verification { at: string; ok: boolean; checked: number; brokenAt: string | null; reason: string | null; verifiedBy: string }
type LastVerification = { accessLogVerification: Verification | null };
type Run = { verifyAccessLog: Verification };

describe('the access log verified through the API (privacy officer)', () => {
  let hub: TestHub;
  let officer: string;
  beforeAll(async () => {
    hub = await startTestHub();
    officer = await hub.token(tokens.privacyOfficer);
    const bsn = '111222333';
    await reportAndMatch(hub, await hub.token(tokens.vitens), [aSignal({ resident: { bsn, surname: 'Verhoeven' } })]);
    const found = await succeeded(hub.graphql<{ findResidents: Array<{ id: string }> }>(officer, 'query ($bsn: String!) { findResidents(bsn: $bsn) { id } }', { bsn }));
    await hub.graphql(officer, 'query ($id: ID!) { residentRecord(residentId: $id) { resident { surname } } }', { id: found.findResidents[0].id }, { 'x-purpose': 'access-request' });
    await hub.waitForJobs();
  });
  afterAll(() => hub.close());

  // One story in one test: an intact log verified from the console and from the command line, then
  // the same log broken (other tests of this file must not see it intact or broken by chance).
  it('keeps every run, the console\'s and the command line\'s, intact and broken, with who ran it', async () => {
    const before = await succeeded(hub.graphql<LastVerification>(officer, `{ accessLogVerification { ${verificationFields} } }`));
    expect(before.accessLogVerification).toBeNull();

    const { rows: [{ count }] } = await hub.db.query('select count(*)::int as count from household.access_log');
    const run = await succeeded(hub.graphql<Run>(officer, `mutation { verifyAccessLog { ${verificationFields} } }`));
    expect(run.verifyAccessLog).toMatchObject({ ok: true, checked: count, brokenAt: null, reason: null, verifiedBy: 'privacy-officer' });
    expect(count).toBeGreaterThan(1);

    const after = await succeeded(hub.graphql<LastVerification>(officer, `{ accessLogVerification { ${verificationFields} } }`));
    expect(after.accessLogVerification).toEqual(run.verifyAccessLog);

    // shows a run of npm run audit:verify from the command line as the last verification, with who ran it where
    const cli = await auditScript(hub, 'audit-verify');
    expect(cli).toMatchObject({ code: 0, output: expect.stringContaining('Access log intact') });
    const { accessLogVerification } = await succeeded(hub.graphql<LastVerification>(officer, `{ accessLogVerification { ${verificationFields} } }`));
    expect(accessLogVerification).toMatchObject({ ok: true, brokenAt: null, verifiedBy: expect.stringMatching(/^audit:verify \(\S+@\S+\)$/) });
    expect(cli.output).toContain(`${accessLogVerification!.checked} records checked`);

    // reports the first record changed behind the append-only trigger
    const { rows } = await hub.db.query('select seq from household.access_log order by seq limit 2');
    const victim = rows[1].seq;
    await hub.db.query('alter table household.access_log disable trigger access_log_append_only');
    await hub.db.query("update household.access_log set purpose = 'curiosity' where seq = $1", [victim]);
    await hub.db.query('alter table household.access_log enable trigger access_log_append_only');

    const broken = await succeeded(hub.graphql<Run>(officer, `mutation { verifyAccessLog { ${verificationFields} } }`));
    expect(broken.verifyAccessLog).toMatchObject({ ok: false, brokenAt: victim, checked: 1 });
    expect(broken.verifyAccessLog.reason).toMatch(/changed/);
    expect((await succeeded(hub.graphql<LastVerification>(officer, `{ accessLogVerification { ok brokenAt } }`))).accessLogVerification).toEqual({ ok: false, brokenAt: victim });

    // shows a broken log found from the command line too
    await hub.graphql(officer, `mutation { verifyAccessLog { ok } }`);
    const brokenCli = await auditScript(hub, 'audit-verify');
    expect(brokenCli.code).toBe(1);
    const last = await succeeded(hub.graphql<LastVerification>(officer, `{ accessLogVerification { ${verificationFields} } }`));
    expect(last.accessLogVerification).toMatchObject({ ok: false, reason: expect.stringMatching(/changed/), verifiedBy: expect.stringMatching(/^audit:verify /) });
  });

  it('is for the privacy officer only', async () => {
    for (const claims of [tokens.consultantOmmen, tokens.analyst, tokens.cbs, tokens.vitens]) {
      const token = await hub.token(claims);
      for (const operation of [`{ accessLogVerification { ok } }`, `mutation { verifyAccessLog { ok } }`]) {
        const response = await hub.graphql(token, operation);
        expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
        expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    }
  });
});
