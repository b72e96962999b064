import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aSignal, tokens } from '../support/builders';
import { reportSignalsMutation } from '../support/operations';
import { graphqlAt } from './support/client';
import { alive, startSupervisedHub, type SupervisedHub } from './support/supervised-hub';

/** `npm start` as an operator runs it: processes killed under it come back; one that keeps crashing is given up on. */
describe('npm start supervises its processes', () => {
  // Each test kills, gives up on or stops processes of its hub: each has a hub of its own.
  let hub: SupervisedHub;
  beforeEach(async () => { hub = await startSupervisedHub({ RESTART_MAX_CRASHES: '3' }); }, 180_000);
  afterEach(async () => { await hub?.stop(); }, 60_000);

  const report = async () => {
    const token = await hub.token(tokens.vechtdalWonen);
    const signal = aSignal();
    const { data, errors } = await graphqlAt(hub.url, token, reportSignalsMutation, { signals: [signal] });
    expect(errors).toBeUndefined();
    expect(data.reportSignals.accepted.map((s: { externalId: string }) => s.externalId)).toEqual([signal.externalId]);
  };
  const restarted = async (label: string) => {
    const before = hub.pids()[label];
    process.kill(before, 'SIGKILL');
    await hub.until(`${label} to run again`, () => hub.pids()[label] !== before && hub.states()[label] === 'running');
    await hub.until('the hub to be ready', async () => (await hub.ready()).status === 200);
  };

  it('restarts a killed subgraph, gateway and PostgreSQL, and the hub takes signals again', async () => {
    await report();
    await restarted('case');
    await restarted('gateway');
    await restarted('postgres');
    await report();
    // The PostgreSQL server itself killed (its wrapper process lives on): the wrapper exits with it and is restarted.
    const wrapper = hub.pids().postgres;
    const postmaster = Number(readFileSync(join(hub.config.embeddedPostgres.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    await hub.until('PostgreSQL to run again', () => hub.pids().postgres !== wrapper && hub.states().postgres === 'running');
    await hub.until('the hub to be ready', async () => (await hub.ready()).status === 200);
    await report();
    expect(hub.output()).toMatch(/\[supervisor\] postgres stopped unexpectedly \(signal SIGKILL\); restarting it in/);
  }, 150_000);

  it('gives up on a process that keeps crashing, keeps serving the rest, and readiness names it', async () => {
    for (let crash = 1; crash < 3; crash += 1) await restarted('evaluation');
    process.kill(hub.pids().evaluation, 'SIGKILL');
    await hub.until('evaluation to be given up on', () => hub.states().evaluation === 'given-up');
    expect(hub.output()).toMatch(/\[supervisor\] evaluation crashed 3 times within 300 s .*giving up on it/);
    const readiness = await hub.ready();
    expect(readiness).toEqual({ status: 503, body: expect.objectContaining({ status: 'not ready', givenUp: ['evaluation'] }) });
    await report();
  }, 150_000);

  it('stops every process on SIGTERM', async () => {
    const pids = Object.values(hub.pids());
    expect(await hub.stop()).toBe(0);
    expect(pids.filter(alive)).toEqual([]);
    expect(hub.output()).toContain('Stopping the hub');
  }, 60_000);
});
