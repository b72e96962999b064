import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { listCases, reportAndMatch } from '../support/operations';
import { enqueue } from '../support/queue';
import { tasks } from '../../subgraphs/shared/job-contracts';
import { readCheckpoints } from '../../subgraphs/household/domain/access-log-checkpoints';
import { auditScript } from './support/audit';

/**
 * The chain head is sealed every minute by the household subgraph itself (not only when someone runs
 * `npm run audit:checkpoint`), under its own least-privileged database role.
 */
describe("the access log's minute checkpoint", () => {
  let hub: TestHub;
  const store = () => ({ dir: hub.config.accessLog.checkpointDir, macKey: hub.config.accessLog.macKey });
  const head = async () => (await hub.db.query('select max(seq)::text as seq from household.access_log')).rows[0].seq as string;

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('is on the running household worker\'s schedule, every minute', async () => {
    const { rows } = await hub.db.query('select identifier from graphile_worker._private_known_crontabs');
    expect(rows.map((r) => r.identifier)).toContain('access-log-checkpoint');
  });

  it('seals the head when the log moved, once, and audit:verify accepts it', async () => {
    await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal()]);
    await listCases(hub, await hub.token(tokens.consultantOmmen));
    await hub.waitForJobs();
    const sealedHead = await head();

    // What the cron enqueues each minute (graphile-worker adds its own `_cron` note to the payload).
    await enqueue(hub, tasks.checkpointAccessLog, [{ _cron: { ts: new Date().toISOString(), backfilled: false } }]);
    let { checkpoints, invalid } = await readCheckpoints(store());
    expect(invalid).toEqual([]);
    expect(checkpoints.at(-1)?.seq).toBe(sealedHead);
    const count = checkpoints.length;

    // A minute in which nothing was logged adds no seal.
    await enqueue(hub, tasks.checkpointAccessLog, [{ _cron: { ts: new Date().toISOString(), backfilled: false } }]);
    ({ checkpoints } = await readCheckpoints(store()));
    expect(checkpoints).toHaveLength(count);

    const report = await auditScript(hub, 'audit-verify');
    expect(report.code).toBe(0);
    expect(report.output).toMatch(/Access log intact/);
  });
});
