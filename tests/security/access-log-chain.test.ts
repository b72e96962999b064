import type { AccessRecord } from '../../subgraphs/shared/access-log';
import { tasks } from '../../subgraphs/shared/job-contracts';
import { startTestHub, type TestHub } from '../support/hub';
import { enqueue } from '../support/queue';
import { auditScript } from './support/audit';

/** Records as another subgraph sends them: through the household.record_access job, the way case notes are logged. */
function someRecords(count: number, from: number): AccessRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    at: new Date(Date.UTC(2026, 10, 20, 9, 0, 0, from + i)).toISOString(), action: 'read', objectType: 'Resident',
    objectId: `00000000-0000-4000-8000-${String(from + i).padStart(12, '0')}`, fields: ['Resident.surname'], result: 'allowed' as const,
    origin: '127.0.0.1', actorSub: 'consultant-ommen', actorRole: 'consultant', purpose: 'casework', traceId: `trace-${from + i}`,
  }));
}

describe('the access log verifier', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startTestHub(); });
  afterAll(() => hub.close());

  const auditVerify = () => auditScript(hub, 'audit-verify');

  const append = (records: AccessRecord[]) => enqueue(hub, tasks.recordAccess, [{ records }]);

  it('finds an untouched log of twelve thousand records intact, across pages, in its numeric order, and names the first record changed in it', async () => {
    // Several appends, so the chain crosses requests as well as the verifier's pages (5000 records).
    for (let from = 0; from < 12_000; from += 3_000) await append(someRecords(3_000, from));
    const count = Number((await hub.db.query('select count(*) from household.access_log')).rows[0].count);
    expect(count).toBe(12_000);
    const report = await auditVerify();
    expect(report.output).toContain(`Access log intact: ${count} records checked`);
    expect(report.code).toBe(0);

    // One story with the above: the same long log, changed behind the trigger, names the first changed record, not a record before it.
    const { rows } = await hub.db.query('select seq from household.access_log order by seq offset 7499 limit 1');
    const victim = rows[0].seq;
    await hub.db.query('alter table household.access_log disable trigger access_log_append_only');
    await hub.db.query("update household.access_log set purpose = 'curiosity' where seq = $1", [victim]);
    await hub.db.query('alter table household.access_log enable trigger access_log_append_only');
    const broken = await auditVerify();
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(`BROKEN at record ${victim}: was changed after it was written`);
    expect(broken.output.match(/^  - /gm)).toHaveLength(1);
  }, 180_000);
});
