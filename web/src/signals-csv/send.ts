import type { SignalInput } from '../gql/graphql';
import { t } from '../text';
import type { CsvRow } from './parse';
import { rejectionReason } from './rejection-reason';

/** At most this many signals per call (the hub's limit). */
export const maxBatchSize = 1000;

export interface RowResult {
  line: number;
  externalId: string;
  accepted: boolean;
  /** Why not, in Dutch (empty when accepted). */
  reason: string;
}

export interface BatchAnswer {
  accepted: Array<{ externalId: string }>;
  rejected: Array<{ externalId: string; code: string; message: string }>;
}

export type SendBatch = (signals: SignalInput[]) => Promise<BatchAnswer>;

/**
 * Sends the rows that passed the checks in batches and gives every row of the file its result.
 * Sending the same file again is safe: the hub stores each externalId once.
 */
export async function sendRows(rows: CsvRow[], sendBatch: SendBatch, onProgress: (done: number, total: number) => void = () => {}, batchSize = maxBatchSize): Promise<RowResult[]> {
  const results = new Map<number, RowResult>();
  for (const row of rows) {
    if (!row.signal) results.set(row.line, { line: row.line, externalId: row.externalId, accepted: false, reason: row.problems.join(' ') });
  }
  const sendable = rows.filter((row) => row.signal);
  let done = 0;
  onProgress(done, sendable.length);
  for (let start = 0; start < sendable.length; start += Math.min(batchSize, maxBatchSize)) {
    const batch = sendable.slice(start, start + Math.min(batchSize, maxBatchSize));
    let answer: BatchAnswer | undefined;
    try {
      answer = await sendBatch(batch.map((row) => row.signal!));
    } catch {
      answer = undefined;
    }
    const accepted = new Set(answer?.accepted.map((a) => a.externalId));
    const rejected = new Map(answer?.rejected.map((r) => [r.externalId, r]));
    for (const row of batch) {
      const rejection = rejected.get(row.externalId);
      results.set(row.line, {
        line: row.line, externalId: row.externalId, accepted: accepted.has(row.externalId),
        reason: !answer ? t.csv.notSent : rejection ? rejectionReason(rejection.code, rejection.message) : accepted.has(row.externalId) ? '' : t.csv.notSent,
      });
    }
    done += batch.length;
    onProgress(done, sendable.length);
  }
  return rows.map((row) => results.get(row.line)!);
}
