import type { EntityManager } from '@mikro-orm/postgresql';

const safeKey = /^[A-Za-z0-9:_-]+$/;

/**
 * Transaction-level advisory locks on each key (an address, a household), taken in one statement
 * and in one global order (by hash), so two transactions that share keys never deadlock and
 * transactions that share none never wait on each other: concurrency per household, not per stage.
 */
export async function lockEach(em: EntityManager, keys: string[]): Promise<void> {
  const distinct = [...new Set(keys)];
  if (distinct.length === 0) return;
  if (!distinct.every((k) => safeKey.test(k))) throw new Error('Lock keys are ids and hashes only');
  await em.execute(
    `select pg_advisory_xact_lock(k) from (select distinct hashtextextended(key, 0) as k from unnest(?::text[]) as key order by 1) as ordered`,
    [`{${distinct.join(',')}}`],
  );
}
