import { Pool } from 'pg';
import { subgraphNames } from '../../config';
import { tokens } from '../support/builders';
import { graphqlAt } from './support/client';
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
  /** Signals reported before the intake test (the access-log test's cases): in the totals too. */
  let earlier: string[] = [];
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

  it('keeps one intact access log while both household replicas append to it at once', async () => {
    const intake = new SteadyIntake([hub.url], await hub.token(partner), 1);
    intake.start();
    while (intake.acknowledged.size < 20) await new Promise((resolve) => setTimeout(resolve, 100));
    await intake.stop();
    earlier = intake.ids();
    await untilAllMatched(db, earlier, 60_000);
    const [{ head }] = (await db.query('select coalesce(max(seq), 0)::text as head from household.access_log')).rows;
    // Ten consultants at each gateway, three queue pages each: each gateway's household replica
    // appends its own requests' records, racing the other for the same positions.
    const consultant = await hub.token(tokens.consultantOmmen);
    const queue = '{ cases(first: 25) { edges { node { household { address { postcode } residents { surname } } } } } }';
    const answers = await Promise.all([hub.url, secondGateway].flatMap((url) => Array.from({ length: 10 }, async () => {
      const pages = [];
      for (let page = 0; page < 3; page += 1) pages.push(await graphqlAt(url, consultant, queue));
      return pages;
    })));
    for (const answer of answers.flat()) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.cases.edges.length).toBeGreaterThan(0);
    }
    const { rows: [logged] } = await db.query(
      `select count(distinct trace_id)::int as requests, count(*)::int as records, (max(seq) - min(seq) + 1)::int as positions
         from household.access_log where seq > $1 and actor_sub = 'consultant-ommen'`, [head]);
    expect(logged.requests).toBe(60);
    // Nothing else wrote in the meantime: the records fill their positions without a gap.
    expect(logged.positions).toBe(logged.records);
    const verified = await graphqlAt(hub.url, await hub.token(tokens.privacyOfficer), 'mutation { verifyAccessLog { ok brokenAt reason } }');
    expect(verified.data.verifyAccessLog).toEqual({ ok: true, brokenAt: null, reason: null });
  }, 120_000);

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
    const all = ids.length + earlier.length;
    expect({ signals: state.signals, households: state.households, cases: state.cases, facts: state.facts })
      .toEqual({ signals: all, households: all, cases: all, facts: all });
  }, 180_000);
});
