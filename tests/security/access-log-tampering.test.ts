import { createHash } from 'node:crypto';
import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { listCases, reportAndMatch } from '../support/operations';
import { auditScript, behindTheTriggers } from './support/audit';

/** The audit's attacks on the access log, by someone with database superuser access (but not the MAC key nor the checkpoint directory). */
describe('tampering with the access log', () => {
  let hub: TestHub;
  let sealedAt: string;

  beforeAll(async () => {
    hub = await startTestHub();
    await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal(), aSignal(), aSignal()]);
    // A page's reads of one kind are one record: two rounds give the attacks below records enough.
    for (let round = 0; round < 2; round += 1) {
      for (const claims of [tokens.consultantOmmen, tokens.consultantHardenberg, tokens.consultantOmmen, tokens.privacyOfficer]) {
        await listCases(hub, await hub.token(claims));
      }
    }
    await hub.waitForJobs();
    const sealed = await auditScript(hub, 'audit-checkpoint');
    expect(sealed.code).toBe(0);
    sealedAt = (await hub.db.query('select max(seq)::text as seq from household.access_log')).rows[0].seq;
    expect(Number(sealedAt)).toBeGreaterThanOrEqual(8);
    await hub.db.query('create table public.access_log_copy as select * from household.access_log');
  });
  afterAll(() => hub.close());
  afterEach(async () => {
    await behindTheTriggers(hub, 'delete from household.access_log');
    await behindTheTriggers(hub, 'insert into household.access_log select * from public.access_log_copy');
  });

  const verify = () => auditScript(hub, 'audit-verify');

  it('passes an untouched log against its checkpoint', async () => {
    const report = await verify();
    expect(report.output).toMatch(new RegExp(`Access log intact: ${sealedAt} records checked against [1-9]\\d* checkpoints`));
    expect(report.code).toBe(0);
  });

  it('names the newest records deleted', async () => {
    await behindTheTriggers(hub, 'delete from household.access_log where seq > $1::bigint - 2', [sealedAt]);
    const report = await verify();
    expect(report.code).toBe(1);
    expect(report.output).toContain(`records after ${Number(sealedAt) - 2} are missing (deleted): the checkpoint of`);
    expect(report.output).toContain(`sealed record ${sealedAt}`);
  });

  it('names a middle record rewritten, with the rest of the chain recomputed as the audit did', async () => {
    const { rows } = await hub.db.query('select * from household.access_log order by seq');
    const middle = Math.floor(rows.length / 2);
    rows[middle].actor_sub = 'someone-else';
    let prev = rows[middle - 1].hash;
    for (const row of rows.slice(middle)) {
      const content = [new Date(row.at).toISOString(), row.action, row.object_type, row.object_ids ?? row.object_id, row.fields, row.result, row.origin, row.actor_sub, row.actor_role, row.purpose, row.trace_id];
      row.hash = createHash('sha256').update(`${prev}\n${JSON.stringify(content)}`).digest('hex');
      await behindTheTriggers(hub, 'update household.access_log set actor_sub = $2, prev_hash = $3, hash = $4 where seq = $1', [row.seq, row.actor_sub, prev, row.hash]);
      prev = row.hash;
    }
    const report = await verify();
    expect(report.code).toBe(1);
    expect(report.output).toContain(`BROKEN at record ${rows[middle].seq}`);
    expect(report.output).toContain(`records ${rows[middle].seq}..${sealedAt} were changed after they were written`);
    expect(report.output).toContain(`record ${sealedAt} differs from the one sealed by the checkpoint`);
  });

  it('names a middle record deleted even when the next one is relinked', async () => {
    const { rows } = await hub.db.query('select seq::text, hash from household.access_log where seq in (3, 4) order by seq');
    await behindTheTriggers(hub, 'delete from household.access_log where seq = 4');
    await behindTheTriggers(hub, 'update household.access_log set prev_hash = $1 where seq = 5', [rows[0].hash]);
    const report = await verify();
    expect(report.code).toBe(1);
    expect(report.output).toContain('record 5: records 4 before it are missing (deleted)');
  });

  it('names a truncated log', async () => {
    await behindTheTriggers(hub, 'truncate household.access_log');
    const report = await verify();
    expect(report.code).toBe(1);
    expect(report.output).toContain(`the log was truncated: the checkpoint of`);
    expect(report.output).toContain(`sealed record ${sealedAt}, and no record is left`);
  });

  it('rejects a record forged at the head without the key', async () => {
    const { rows } = await hub.db.query('select * from household.access_log order by seq desc limit 1');
    const forged = { ...rows[0], seq: String(Number(rows[0].seq) + 1), prev_hash: rows[0].hash, hash: 'f'.repeat(64), keyed: true };
    await hub.db.query(`insert into household.access_log (seq, at, action, object_type, object_id, object_ids, fields, result, origin, actor_sub, actor_role, purpose, trace_id, prev_hash, hash, keyed)
      values ($1, $2, $3, $4, $5, $16, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [forged.seq, forged.at, forged.action, forged.object_type, forged.object_id, forged.fields, forged.result, forged.origin, 'nobody', forged.actor_role, forged.purpose, forged.trace_id, forged.prev_hash, forged.hash, true, forged.object_ids]);
    const report = await verify();
    expect(report.code).toBe(1);
    expect(report.output).toContain(`record ${forged.seq}: was changed after it was written`);
  });
});
