import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../../config';
import type { AccessLogSink, AccessRecord } from '../../shared/access-log';
import { appendCheckpoint } from './access-log-checkpoints';
import { groupCommit } from './access-log-group-commit';
import { groupByObject } from './access-log-grouping';
import { chainMac, genesisHash } from './access-log-seal';

/** Any constant: serialises appends to the chain across processes (transaction-level advisory lock). */
const chainLock = 7_517_011;

/**
 * Appends records to household.access_log in one insert, chained to the last record with the
 * MAC key, accesses that differ only in their object stored as one record (`groupByObject`).
 * The lock is held only for "read the head, insert"; the MACs are microseconds.
 * Positions (seq) are given here, one after the other, so a missing record leaves a gap.
 */
export async function appendToAccessLog(em: EntityManager, records: AccessRecord[], config: HubConfig): Promise<void> {
  if (records.length === 0) return;
  const { macKey } = config.accessLog;
  const stored = groupByObject(records);
  await em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [chainLock]);
    const [head] = await tx.execute<Array<{ seq: string; hash: string }>>('select seq::text as seq, hash from household.access_log order by access_log.seq desc limit 1');
    let prevHash = head?.hash ?? genesisHash;
    let seq = BigInt(head?.seq ?? '0');
    const rows = stored.map((record) => {
      seq += 1n;
      const hash = chainMac(macKey, prevHash, String(seq), record);
      const row = { ...record, seq: String(seq), prevHash, hash };
      prevHash = hash;
      return row;
    });
    await tx.execute(
      `insert into household.access_log
         (seq, at, action, object_type, object_ids, fields, result, origin, actor_sub, actor_role, purpose, trace_id, prev_hash, hash, keyed)
       select (r->>'seq')::bigint, (r->>'at')::timestamptz, r->>'action', r->>'objectType', array(select jsonb_array_elements_text(r->'objectIds')),
              array(select jsonb_array_elements_text(r->'fields')),
              r->>'result', r->>'origin', r->>'actorSub', r->>'actorRole', r->>'purpose', r->>'traceId', r->>'prevHash', r->>'hash', true
         from jsonb_array_elements(?::jsonb) as e(r)`,
      [JSON.stringify(rows)],
    );
  });
}

/** Seals the current head of the chain in the checkpoint file, unless it is sealed already. */
export async function checkpointAccessLog(em: EntityManager, config: HubConfig, now: Date): Promise<{ seq: string } | undefined> {
  const [head] = await em.execute<Array<{ seq: string; hash: string }>>('select seq::text as seq, hash from household.access_log order by access_log.seq desc limit 1');
  if (!head) return undefined;
  const store = checkpointStore(config);
  await appendCheckpoint(store, { seq: head.seq, mac: head.hash, at: now.toISOString() });
  return { seq: head.seq };
}

export function checkpointStore(config: HubConfig) {
  return { dir: config.accessLog.checkpointDir, macKey: config.accessLog.macKey };
}

const appendGrouped = groupCommit(appendToAccessLog);

/**
 * A request's records, appended outside its unit of work (nothing of its reads is flushed while
 * the lock is held) and together with those of the requests that end at the same time.
 */
export const householdAccessLog: AccessLogSink = (records, ctx) => appendGrouped(ctx.em, records, ctx.config);
