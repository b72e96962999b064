import type { HubConfig } from '../../config';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessRecord } from '../../subgraphs/shared/access-log';
import { groupCommit } from '../../subgraphs/household/domain/access-log-group-commit';

const aRecord = (objectId: string): AccessRecord => ({
  at: '2026-12-02T00:00:00.000Z', action: 'read', objectType: 'Resident', objectId, fields: ['Resident.surname'], result: 'allowed',
  origin: '127.0.0.1', actorSub: 'consultant', actorRole: 'consultant', purpose: 'casework', traceId: objectId,
});

/** An EntityManager as far as group commit sees it: its database (config) and a fresh fork per append. */
const aDatabase = () => {
  const config = {};
  const forks: object[] = [];
  const em = { config, fork: () => { const fork = { of: config }; forks.push(fork); return fork; } } as unknown as EntityManager;
  return { em, forks };
};

/** The appends here ignore it; the chain's MAC key comes from it. */
const config = {} as HubConfig;

describe('access-log group commit', () => {
  it('appends the records of requests that end during an append together, in arrival order, on a fresh EntityManager', async () => {
    const appended: string[][] = [];
    let release!: () => void;
    const firstAppend = new Promise<void>((resolve) => { release = resolve; });
    const append = groupCommit(async (_em, records) => {
      appended.push(records.map((r) => r.objectId));
      if (appended.length === 1) await firstAppend;
    });
    const { em, forks } = aDatabase();
    const first = append(em, [aRecord('a')], config);
    const waiting = [append(em, [aRecord('b')], config), append(em, [aRecord('c'), aRecord('d')], config)];
    release();
    await Promise.all([first, ...waiting]);
    expect(appended).toEqual([['a'], ['b', 'c', 'd']]);
    expect(forks).toHaveLength(2);
  });

  it('answers a request only after its own records are appended, and fails only the requests of a failed append', async () => {
    const done: string[] = [];
    const append = groupCommit(async (_em, records) => {
      if (records.some((r) => r.objectId === 'bad')) throw new Error('database unavailable');
      done.push(...records.map((r) => r.objectId));
    });
    const { em } = aDatabase();
    const bad = append(em, [aRecord('bad')], config);
    await expect(bad).rejects.toThrow('database unavailable');
    await append(em, [aRecord('good')], config);
    expect(done).toEqual(['good']);
  });

  it('never mixes the records of two databases in one append', async () => {
    const batches: Array<{ of: object; ids: string[] }> = [];
    const append = groupCommit(async (em, records) => {
      batches.push({ of: (em as unknown as { of: object }).of, ids: records.map((r) => r.objectId) });
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    const one = aDatabase();
    const two = aDatabase();
    await Promise.all([append(one.em, [aRecord('1a')], config), append(two.em, [aRecord('2a')], config), append(one.em, [aRecord('1b')], config), append(two.em, [aRecord('2b')], config)]);
    for (const batch of batches) expect(new Set(batch.ids.map((id) => id[0])).size).toBe(1);
    expect(batches.flatMap((b) => b.ids).sort()).toEqual(['1a', '1b', '2a', '2b']);
  });
});
