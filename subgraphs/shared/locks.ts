import type { EntityManager } from '@mikro-orm/postgresql';

const safeKey = /^[A-Za-z0-9:_-]+$/;

/**
 * Keys of one kind (the text before the first ':') share this many locks. A transaction then holds
 * at most this many per kind, however many keys it names: PostgreSQL's lock table is shared and
 * small (max_locks_per_transaction x max_connections, 6,400 by default), and a job locking every
 * address of 50,000 households ran out of it. Two keys in one bucket wait for each other, which is
 * safe (a wait, never a deadlock) and rare for the small batches that arrive at the same time.
 */
export const lockBuckets = 1024;

/**
 * Transaction-level advisory locks on each key (an address, a household), taken in one statement
 * and in one global order, so two transactions that share keys never deadlock and transactions
 * that share none rarely wait on each other: concurrency per household, not per stage.
 */
export async function lockEach(em: EntityManager, keys: string[]): Promise<void> {
  const distinct = [...new Set(keys)];
  if (distinct.length === 0) return;
  if (!distinct.every((k) => safeKey.test(k))) throw new Error('Lock keys are ids and hashes only');
  await em.execute(`
    select pg_advisory_xact_lock(kind, bucket) from (
      select distinct hashtext(split_part(key, ':', 1)) as kind, (((hashtextextended(key, 0) % ${lockBuckets}) + ${lockBuckets}) % ${lockBuckets})::int as bucket
        from unnest(?::text[]) as key order by 1, 2) as ordered`,
  [`{${distinct.join(',')}}`]);
}
