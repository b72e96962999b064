import { aSignal, tokens } from '../support/builders';
import { reportSignalsMutation } from '../support/operations';
import { graphqlAt } from './support/client';
import { startFreshProcessHub, type FreshProcessHub } from './support/fresh-process-hub';
import { tasks } from '../../subgraphs/shared/job-contracts';

/** SIGTERM as an orchestrator sends it during a deployment: what is in flight is answered. */
describe('graceful shutdown of the gateway and a subgraph', () => {
  // Each test stops processes of its hub: each has a hub (and a database) of its own.
  let running: FreshProcessHub | undefined;
  const startHub = async () => {
    running = await startFreshProcessHub({ SHUTDOWN_TIMEOUT_SECONDS: '120' });
    return running;
  };
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  }, 60_000);

  it('lets the job a subgraph is running finish before it exits, and leaves no heartbeat behind', async () => {
    const { hub, db } = await startHub();
    const { household } = hub.processes;
    // Held still while the batch is stored, the household worker takes its matching job only when it goes on.
    household.child.kill('SIGSTOP');
    const token = await hub.token(tokens.vechtdalWonen);
    const { data } = await graphqlAt(hub.url, token, reportSignalsMutation, { signals: Array.from({ length: 1000 }, () => aSignal()) }, 120_000);
    expect(data.reportSignals.accepted).toHaveLength(1000);
    household.child.kill('SIGCONT');
    let job: { id: string } | undefined;
    while (!job) {
      ({ rows: [job] } = await db.query<{ id: string }>(`select id from graphile_worker.jobs where task_identifier = '${tasks.matchSignals}' and locked_by is not null`));
    }
    household.child.kill('SIGTERM');
    expect(await household.exited).toBe(0);
    expect((await db.query('select id from graphile_worker.jobs where id = $1', [job.id])).rows).toEqual([]);
    expect((await db.query('select worker_id from household.worker_heartbeat')).rows).toEqual([]);
  }, 270_000);

  it('answers a 1000-signal reportSignals that was in flight when both got SIGTERM, then they exit', async () => {
    const { hub, db } = await startHub();
    const token = await hub.token(tokens.vechtdalWonen);
    const signals = Array.from({ length: 1000 }, () => aSignal());
    const answer = graphqlAt(hub.url, token, reportSignalsMutation, { signals }, 120_000);
    // The signal subgraph records each request it takes before running it: then it is in flight everywhere.
    const { rows: [before] } = await db.query('select count(*)::int as n from signal.seen_request');
    for (;;) {
      const { rows } = await db.query('select count(*)::int as n from signal.seen_request');
      if (rows[0].n > before.n) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const { gateway, signal } = hub.processes;
    gateway.child.kill('SIGTERM');
    signal.child.kill('SIGTERM');
    const readiness = await fetch(`${hub.url}/health/ready`).then((r) => r.status, () => 'refused');
    expect([503, 'refused']).toContain(readiness);

    const { status, data, errors } = await answer;
    expect({ status, errors }).toEqual({ status: 200, errors: undefined });
    expect(data.reportSignals.accepted).toHaveLength(1000);
    expect(await gateway.exited).toBe(0);
    expect(await signal.exited).toBe(0);
    const stored = await db.query('select count(*)::int as n from signal.signal');
    expect(stored.rows[0].n).toBe(1000);
  }, 240_000);

});
