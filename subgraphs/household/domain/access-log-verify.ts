import type { Pool } from 'pg';
import type { AccessRecord } from '../../shared/access-log';
import { chainHash, genesisHash } from './access-log-chain';

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first record whose link is broken, and why. */
  brokenAt?: { seq: string; reason: string };
}

const pageSize = 5000;

/** Walks household.access_log in order and recomputes every link (BIO2 8.15.05-06: log integrity). */
export async function verifyAccessLog(db: Pick<Pool, 'query'>): Promise<ChainReport> {
  let prevHash = genesisHash;
  let checked = 0;
  let afterSeq = '0';
  for (;;) {
    const { rows } = await db.query(
      // seq is a bigint: walked in numeric order (pg hands it over as a string, which must not be what is sorted).
      `select seq, at, action, object_type, object_id, fields, result, origin, actor_sub, actor_role, purpose, trace_id, prev_hash, hash
         from household.access_log where seq > $1::bigint order by access_log.seq limit ${pageSize}`,
      [afterSeq],
    );
    for (const row of rows) {
      if (row.prev_hash !== prevHash) return { ok: false, checked, brokenAt: { seq: row.seq, reason: 'does not follow the previous record (a record was removed or inserted)' } };
      if (chainHash(prevHash, toRecord(row)) !== row.hash) return { ok: false, checked, brokenAt: { seq: row.seq, reason: 'its content was changed after it was written' } };
      prevHash = row.hash;
      checked += 1;
    }
    if (rows.length < pageSize) return { ok: true, checked };
    afterSeq = rows[rows.length - 1].seq;
  }
}

function toRecord(row: Record<string, any>): AccessRecord {
  return {
    at: new Date(row.at).toISOString(), action: row.action, objectType: row.object_type, objectId: row.object_id,
    fields: row.fields, result: row.result, origin: row.origin, actorSub: row.actor_sub, actorRole: row.actor_role,
    purpose: row.purpose, traceId: row.trace_id,
  };
}
