import { Pool } from 'pg';
import { subgraphNames } from '../../config';
import { intakeState, partner, SteadyIntake, untilAllMatched } from './support/intake';
import { freePorts } from './support/ports';
import { startFreshProcessHub, type FreshProcessHub } from './support/fresh-process-hub';
import type { ProcessHub } from './support/process-hub';

/**
 * Two replicas of every subgraph, each with its worker, and two gateways on one database: partners
 * spread their calls and retries over both gateways, and one household replica is killed (kill -9)
 * mid-intake and not restarted; the other replica's worker takes over its locked jobs.
 */
describe('two replicas and two workers of every subgraph on one database', () => {
  let running: FreshProcessHub;
  let hub: ProcessHub;
  let db: Pool;
  let secondGateway: string;
  beforeAll(async () => {
    running = await startFreshProcessHub();
    ({ hub, db } = running);
    const [gatewayPort, ...ports] = await freePorts(1 + subgraphNames.length);
    const urls: Record<string, string> = {};
    await Promise.all(subgraphNames.map((name, i) => {
      urls[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[i]}/graphql`;
      return hub.startSubgraph(name, `${name}-2`, { [`${name.toUpperCase()}_PORT`]: String(ports[i]) });
    }));
    await hub.startGateway('gateway-2', { PORT: String(gatewayPort), ...urls });
    secondGateway = `http://127.0.0.1:${gatewayPort}`;
  }, 180_000);
  afterAll(() => running?.stop());

  it('loses no acknowledged signal, doubles nothing, and matches every signal', async () => {
    const intake = new SteadyIntake([hub.url, secondGateway], await hub.token(partner), 3);
    intake.start();
    await new Promise((resolve) => setTimeout(resolve, 5000));
    hub.processes.household.child.kill('SIGKILL');
    await hub.processes.household.exited;
    const acknowledged = intake.acknowledged.size;
    while (intake.acknowledged.size < acknowledged + 200) await new Promise((resolve) => setTimeout(resolve, 250));
    await intake.stop();

    const ids = intake.ids();
    const tookMs = await untilAllMatched(db, ids, 90_000);
    console.log(`${ids.length} signals acknowledged through two gateways (${intake.retries} calls retried); all matched ${(tookMs / 1000).toFixed(1)} s after the intake stopped`);
    expect(intake.rejected).toEqual([]);
    const state = await intakeState(db, ids);
    expect(state.acknowledged).toEqual({ total: ids.length, stored: ids.length, matched: ids.length, facts: ids.length });
    expect({ signals: state.signals, households: state.households, cases: state.cases, facts: state.facts })
      .toEqual({ signals: ids.length, households: ids.length, cases: ids.length, facts: ids.length });
  }, 180_000);
});
