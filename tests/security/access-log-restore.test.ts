import { aSignal, tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { reportAndMatch, succeeded } from '../support/operations';
import { auditScript, behindTheTriggers } from './support/audit';

/**
 * The household subgraph chains each append to the newest record it wrote itself (no read of the
 * head). When that record is gone, as after a backup restored under the running hub, it must chain
 * to the newest record that is there, not leave a gap or a link to nothing.
 */
describe('the access log under a running hub whose newest records vanished', () => {
  let hub: TestHub;
  let consultant: string;
  const read = () => succeeded(hub.graphql(consultant, '{ cases { edges { node { household { address { postcode } residents { surname } } } } } }'));
  const records = async () => (await hub.db.query('select seq::text as seq, prev_hash, hash from household.access_log order by seq')).rows as Array<{ seq: string; prev_hash: string; hash: string }>;

  beforeAll(async () => {
    hub = await startTestHub();
    consultant = await hub.token(tokens.consultantOmmen);
    await reportAndMatch(hub, await hub.token(tokens.vechtdalWonen), [aSignal(), aSignal()]);
  });
  afterAll(() => hub.close());

  it('chains the next records to the newest one left; the verifier names only the sealed record that is gone', async () => {
    for (let i = 0; i < 3; i += 1) await read();
    const written = await records();
    expect(written.length).toBeGreaterThanOrEqual(6);
    const kept = written[written.length - 3];
    // The backup is older than the last seal (the household subgraph also seals every minute).
    expect((await auditScript(hub, 'audit-checkpoint')).code).toBe(0);
    // The restored backup: the hub's last appends are not in it.
    await behindTheTriggers(hub, 'delete from household.access_log where seq > $1::bigint', [kept.seq]);

    await read();
    const after = (await records()).filter((r) => BigInt(r.seq) > BigInt(kept.seq));
    expect(after.length).toBeGreaterThan(0);
    expect(after[0]).toMatchObject({ seq: String(BigInt(kept.seq) + 1n), prev_hash: kept.hash });
    // The chain is whole again (no gap, no broken link, no record that fails its MAC); what the
    // verifier names is the restore itself: the sealed head was replaced.
    const verified = await auditScript(hub, 'audit-verify');
    expect(verified.code).toBe(1);
    expect(verified.output).toContain(`record ${written[written.length - 1].seq} differs from the one sealed by the checkpoint`);
    expect(verified.output).not.toMatch(/does not follow|missing \(deleted\)|changed after it was written|not sealed with the key/);
  });
});
