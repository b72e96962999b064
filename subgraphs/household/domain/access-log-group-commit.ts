import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../../config';
import type { AccessRecord } from '../../shared/access-log';

type Append = (em: EntityManager, records: AccessRecord[], config: HubConfig) => Promise<void>;

interface Waiting { records: AccessRecord[]; done: () => void; failed: (error: unknown) => void }

/**
 * Group commit for the access log: requests that end while an append is under way wait for the
 * next one, which appends all their records in one transaction (one lock, one head, one insert).
 * Each request still answers only once its own records are committed. One queue per database
 * (ORM configuration), never mixing two hubs in one process (tests).
 */
export function groupCommit(append: Append): (em: EntityManager, records: AccessRecord[], config: HubConfig) => Promise<void> {
  const queues = new WeakMap<object, { waiting: Waiting[]; running: boolean }>();
  const drain = async (em: EntityManager, config: HubConfig, queue: { waiting: Waiting[]; running: boolean }) => {
    queue.running = true;
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0);
      try {
        // A fresh EntityManager: nothing of any request's reads is flushed while the lock is held.
        await append(em.fork({ clear: true }), batch.flatMap((w) => w.records), config);
        for (const w of batch) w.done();
      } catch (error) {
        for (const w of batch) w.failed(error);
      }
    }
    queue.running = false;
  };
  return (em, records, config) => new Promise<void>((done, failed) => {
    let queue = queues.get(em.config);
    if (!queue) queues.set(em.config, (queue = { waiting: [], running: false }));
    queue.waiting.push({ records, done, failed });
    if (!queue.running) void drain(em, config, queue);
  });
}
