import { Pool } from 'pg';
import { aSignal, tokens } from '../support/builders';
import { reportSignalsMutation } from '../support/operations';
import { graphqlAt } from './support/client';
import { intakeState, untilAllMatched } from './support/intake';
import { startFreshProcessHub, type FreshProcessHub } from './support/fresh-process-hub';
import type { ProcessHub } from './support/process-hub';
import { tasks } from '../../subgraphs/shared/job-contracts';

/**
 * graphile-worker 0.16 leaves a job locked by a killed worker for four hours; the heartbeat sweep
 * hands it to a live worker once the dead one's heartbeat is WORKER_DEAD_AFTER_SECONDS old.
 */
describe('a job whose worker was killed', () => {
  let running: FreshProcessHub;
  let hub: ProcessHub;
  let db: Pool;
  beforeAll(async () => {
    running = await startFreshProcessHub();
    ({ hub, db } = running);
  }, 120_000);
  afterAll(() => running?.stop());

  it('is retried by the worker that starts after it, and every signal is matched once', async () => {
    const token = await hub.token(tokens.vechtdalWonen);
    const { data } = await graphqlAt(hub.url, token, reportSignalsMutation, { signals: Array.from({ length: 400 }, () => aSignal()) });
    const ids: string[] = data.reportSignals.accepted.map((s: { id: string }) => s.id);
    expect(ids).toHaveLength(400);
    let job: { id: string; locked_by: string } | undefined;
    while (!job) {
      ({ rows: [job] } = await db.query<{ id: string; locked_by: string }>(`select id, locked_by from graphile_worker.jobs where task_identifier = '${tasks.matchSignals}' and locked_by is not null`));
    }
    hub.processes.household.child.kill('SIGKILL');
    const killedAt = Date.now();
    await hub.processes.household.exited;
    expect((await db.query('select locked_by from graphile_worker.jobs where id = $1', [job.id])).rows).toEqual([{ locked_by: job.locked_by }]);

    await hub.startSubgraph('household', 'household-after-restart');
    for (;;) {
      const { rows } = await db.query('select locked_by from graphile_worker.jobs where id = $1', [job.id]);
      if (rows.length === 0 || rows[0].locked_by !== job.locked_by) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`the killed worker's job was released ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`);
    expect(hub.processes['household-after-restart'].output()).toContain(`released the jobs of 1 dead worker(s): ${job.locked_by}`);

    await untilAllMatched(db, ids, 90_000);
    expect(await intakeState(db, ids)).toEqual({
      acknowledged: { total: 400, stored: 400, matched: 400, facts: 400 }, signals: 400, households: 400, cases: 400, facts: 400,
    });
  }, 150_000);
});
