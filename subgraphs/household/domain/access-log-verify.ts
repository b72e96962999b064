import type { Pool } from 'pg';
import type { AccessRecord } from '../../shared/access-log';
import { readCheckpoints, type Checkpoint, type CheckpointStore } from './access-log-checkpoints';
import { chainMac, genesisHash, legacyChainHash, type StoredAccessRecord } from './access-log-seal';

export interface ChainReport {
  ok: boolean;
  /** Records checked; when a record is broken, those before the first broken one. */
  checked: number;
  /** The first broken record, and why. */
  brokenAt?: { seq: string; reason: string };
  /** Everything found: removed, changed or inserted records, a truncated log, bad checkpoints. */
  problems: string[];
  checkpoints: number;
}

const pageSize = 5000;

interface Chained { seq: string; prevHash: string; hash: string; keyed: boolean }
/** A record of one object (`object_id`, written before object_ids) or of several (`object_ids`). */
type Row = Chained & (AccessRecord | StoredAccessRecord);

/**
 * Walks household.access_log in order and checks every link and MAC (BIO2 8.15.05-06: log
 * integrity), then the checkpoints: each sealed head must still be there, unchanged.
 */
export async function verifyAccessLog(db: Pick<Pool, 'query'>, store: CheckpointStore): Promise<ChainReport> {
  const report: ChainReport = { ok: true, checked: 0, problems: [], checkpoints: 0 };
  let intact: number | undefined;
  const fail = (seq: string, reason: string, checkedBefore = report.checked) => {
    if (!report.brokenAt) { report.brokenAt = { seq, reason }; intact = checkedBefore; }
    report.problems.push(`record ${seq}: ${reason}`);
  };
  const { checkpoints, invalid } = await readCheckpoints(store);
  report.checkpoints = checkpoints.length;
  const sealed = new Map(checkpoints.map((c) => [c.seq, c]));
  const macs = new Map<string, string>();
  let prev: Row | undefined;
  let changedFrom: string | undefined;
  let changedAt = 0;
  for await (const row of rows(db)) {
    if (prev?.keyed && !row.keyed) fail(row.seq, 'is not sealed with the key although an earlier record is (rewritten)');
    if (row.keyed && prev && BigInt(row.seq) !== BigInt(prev.seq) + 1n) {
      const gap = `${BigInt(prev.seq) + 1n}${BigInt(row.seq) - BigInt(prev.seq) > 2n ? `..${BigInt(row.seq) - 1n}` : ''}`;
      fail(row.seq, `records ${gap} before it are missing (deleted)`);
    } else if (row.prevHash !== (prev?.hash ?? genesisHash) && !(row.keyed && prev && !prev.keyed && row.prevHash === prev.hash)) {
      fail(row.seq, 'does not follow the previous record (a record was removed or inserted)');
    }
    const expected = row.keyed ? chainMac(store.macKey, row.prevHash, row.seq, row) : 'objectId' in row ? legacyChainHash(row.prevHash, row) : undefined;
    if (expected !== row.hash) {
      if (!changedFrom) { changedFrom = row.seq; changedAt = report.checked; }
    } else if (changedFrom) {
      fail(changedFrom, changed(changedFrom, String(BigInt(row.seq) - 1n)), changedAt);
      changedFrom = undefined;
    }
    if (sealed.has(row.seq)) macs.set(row.seq, row.hash);
    prev = row;
    report.checked += 1;
  }
  if (changedFrom) fail(changedFrom, changed(changedFrom, prev!.seq), changedAt);
  report.problems.push(...checkpointProblems(checkpoints, macs, prev?.seq), ...invalid.map((line) => `checkpoint file line ${line} was not written by the hub`));
  report.ok = report.problems.length === 0;
  // Broken: how many records before the first broken one are intact.
  if (intact !== undefined) report.checked = intact;
  if (!report.ok && !report.brokenAt) report.brokenAt = { seq: prev?.seq ?? '0', reason: report.problems[0] };
  return report;
}

function changed(from: string, to: string): string {
  return from === to ? 'was changed after it was written' : `records ${from}..${to} were changed after they were written`;
}

function checkpointProblems(checkpoints: Checkpoint[], macs: Map<string, string>, lastSeq: string | undefined): string[] {
  const problems: string[] = [];
  const newest = checkpoints.reduce<Checkpoint | undefined>((a, c) => (!a || BigInt(c.seq) > BigInt(a.seq) ? c : a), undefined);
  if (newest && (lastSeq === undefined || BigInt(newest.seq) > BigInt(lastSeq))) {
    problems.push(lastSeq === undefined
      ? `the log was truncated: the checkpoint of ${newest.at} sealed record ${newest.seq}, and no record is left`
      : `records after ${lastSeq} are missing (deleted): the checkpoint of ${newest.at} sealed record ${newest.seq}`);
  }
  for (const c of checkpoints) {
    const mac = macs.get(c.seq);
    if (mac !== undefined && mac !== c.mac) problems.push(`record ${c.seq} differs from the one sealed by the checkpoint of ${c.at} (rewritten)`);
  }
  return problems;
}

async function* rows(db: Pick<Pool, 'query'>): AsyncGenerator<Row> {
  let afterSeq = '-1';
  for (;;) {
    const { rows: page } = await db.query(
      `select seq::text as position, at, action, object_type, object_id, object_ids, fields, result, origin, actor_sub, actor_role, purpose, trace_id,
              prev_hash, hash, keyed
         from household.access_log where seq > $1::bigint order by seq limit ${pageSize}`,
      [afterSeq],
    );
    for (const row of page) yield toRow(row);
    if (page.length < pageSize) return;
    afterSeq = page[page.length - 1].position;
  }
}

function toRow(row: Record<string, any>): Row {
  const chained = { seq: row.position, prevHash: row.prev_hash, hash: row.hash, keyed: row.keyed };
  const record = {
    at: new Date(row.at).toISOString(), action: row.action, objectType: row.object_type,
    fields: row.fields, result: row.result, origin: row.origin, actorSub: row.actor_sub, actorRole: row.actor_role,
    purpose: row.purpose, traceId: row.trace_id,
  };
  return row.object_ids ? { ...chained, ...record, objectIds: row.object_ids } : { ...chained, ...record, objectId: row.object_id };
}
