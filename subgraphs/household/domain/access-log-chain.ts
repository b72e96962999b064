import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../../../config';
import type { AccessLogSink, AccessRecord } from '../../shared/access-log';
import { appendCheckpoint } from './access-log-checkpoints';
import { groupCommit } from './access-log-group-commit';
import { groupByObject } from './access-log-grouping';
import { chainMac, genesisHash, type StoredAccessRecord } from './access-log-seal';

interface Head { seq: bigint; hash: string }
type Chained = StoredAccessRecord & { seq: string; prevHash: string; hash: string };

/** Tries before an append gives up when other processes keep appending at the same positions. */
const maxAttempts = 20;

/**
 * Per database (ORM configuration): the last record this process appended and saw committed,
 * the next append's guess at the head. Only an append that committed on its own sets it: rows
 * written in a caller's transaction may still be rolled back.
 */
const knownHeads = new WeakMap<object, Head>();

/**
 * Appends records to household.access_log in one insert, chained to the last record with the
 * MAC key, accesses that differ only in their object stored as one record (`groupByObject`).
 * Positions (seq) are given here, one after the other, so a missing record leaves a gap. The
 * primary key on seq serialises appends across processes: an insert chained to a head that is no
 * longer the last record collides with the record at its first position, and is chained again to
 * the new head. So an append is one statement while this process is the only writer (no lock, no
 * transaction, no read of the head), and stays correct when it is not. The insert also checks
 * that the head it chains to is still there.
 */
export async function appendToAccessLog(em: EntityManager, records: AccessRecord[], config: HubConfig): Promise<void> {
  if (records.length === 0) return;
  const stored = groupByObject(records);
  const onItsOwn = !em.isInTransaction();
  for (let attempt = 1; ; attempt += 1) {
    const head = knownHeads.get(em.config) ?? await readHead(em);
    const rows = chain(config.accessLog.macKey, head, stored);
    try {
      // In a caller's transaction (a job), under a savepoint: losing the race leaves it usable.
      const appended = onItsOwn ? await insertAfter(em, head, rows) : await em.transactional((tx) => insertAfter(tx, head, rows));
      if (appended) {
        if (onItsOwn) knownHeads.set(em.config, { seq: head.seq + BigInt(rows.length), hash: rows[rows.length - 1].hash });
        return;
      }
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
    // Another process appended first (the positions are taken), or the head known here is gone
    // (a database restored under a running hub): chain to the head that is there.
    knownHeads.delete(em.config);
    if (attempt >= maxAttempts) throw new Error(`Could not append to the access log after ${maxAttempts} tries: other processes kept appending first`);
  }
}

async function readHead(em: EntityManager): Promise<Head> {
  const [head] = await em.execute<Array<{ seq: string; hash: string }>>('select seq::text as seq, hash from household.access_log order by access_log.seq desc limit 1');
  return { seq: BigInt(head?.seq ?? '0'), hash: head?.hash ?? genesisHash };
}

function chain(macKey: string, head: Head, stored: StoredAccessRecord[]): Chained[] {
  let { seq, hash: prevHash } = head;
  return stored.map((record) => {
    seq += 1n;
    const hash = chainMac(macKey, prevHash, String(seq), record);
    const row = { ...record, seq: String(seq), prevHash, hash };
    prevHash = hash;
    return row;
  });
}

/**
 * Inserts the rows after `head`, only if `head` is still in the log (or the log is empty for the
 * genesis): false when it is not. Taken positions fail on the primary key instead.
 */
async function insertAfter(em: EntityManager, head: Head, rows: Chained[]): Promise<boolean> {
  const { affectedRows } = await em.execute<{ affectedRows: number }>(
    `insert into household.access_log
       (seq, at, action, object_type, object_ids, fields, result, origin, actor_sub, actor_role, purpose, trace_id, prev_hash, hash, keyed)
     select (r->>'seq')::bigint, (r->>'at')::timestamptz, r->>'action', r->>'objectType', array(select jsonb_array_elements_text(r->'objectIds')),
            array(select jsonb_array_elements_text(r->'fields')),
            r->>'result', r->>'origin', r->>'actorSub', r->>'actorRole', r->>'purpose', r->>'traceId', r->>'prevHash', r->>'hash', true
       from jsonb_array_elements(?::jsonb) as e(r)
      where exists (select from household.access_log where seq = ?::bigint and hash = ?)
         or (?::bigint = 0 and not exists (select from household.access_log))`,
    [JSON.stringify(rows), String(head.seq), head.hash, String(head.seq)],
    'run',
  );
  return affectedRows === rows.length;
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
