import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessLogSink, AccessRecord } from '../../shared/access-log';
import { groupCommit } from './access-log-group-commit';

export const genesisHash = '0'.repeat(64);
/** Any constant: serialises appends to the chain across processes (transaction-level advisory lock). */
const chainLock = 7_517_011;

/** A record's hash covers the previous record's hash and every column of its own. */
export function chainHash(prevHash: string, r: AccessRecord): string {
  const content = [r.at, r.action, r.objectType, r.objectId, r.fields, r.result, r.origin, r.actorSub, r.actorRole, r.purpose, r.traceId];
  return createHash('sha256').update(`${prevHash}\n${JSON.stringify(content)}`).digest('hex');
}

/** Appends records to household.access_log in one insert, chained to the last record. */
export async function appendToAccessLog(em: EntityManager, records: AccessRecord[]): Promise<void> {
  if (records.length === 0) return;
  await em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [chainLock]);
    const [last] = await tx.execute<Array<{ hash: string }>>('select hash from household.access_log order by seq desc limit 1');
    let prevHash = last?.hash ?? genesisHash;
    const rows = records.map((record) => {
      const hash = chainHash(prevHash, record);
      const row = { ...record, prevHash, hash };
      prevHash = hash;
      return row;
    });
    // Rows keep their order, so seq follows the chain.
    await tx.execute(
      `insert into household.access_log
         (at, action, object_type, object_id, fields, result, origin, actor_sub, actor_role, purpose, trace_id, prev_hash, hash)
       select (r->>'at')::timestamptz, r->>'action', r->>'objectType', r->>'objectId', array(select jsonb_array_elements_text(r->'fields')),
              r->>'result', r->>'origin', r->>'actorSub', r->>'actorRole', r->>'purpose', r->>'traceId', r->>'prevHash', r->>'hash'
         from jsonb_array_elements(?::jsonb) with ordinality as e(r, n)
        order by n`,
      [JSON.stringify(rows)],
    );
  });
}

const appendGrouped = groupCommit(appendToAccessLog);

/**
 * A request's records, appended outside its unit of work (nothing of its reads is flushed while
 * the lock is held) and together with those of the requests that end at the same time.
 */
export const householdAccessLog: AccessLogSink = (records, ctx) => appendGrouped(ctx.em, records);
