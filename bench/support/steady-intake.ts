import type { Pool } from 'pg';
import { aSignal } from '../../tests/support/builders';
import { percentile } from './load';

export interface SteadyResult {
  sent: number; matched: number; p50: number; p95: number; max: number;
  /** The slowest signal of each 2 s of sending (ms), to tell a warm-up or a hiccup from a queue that falls behind. */
  slowestPer2s: number[];
  /** The partner's wait for `reportSignals` to answer: p50 and p95 (ms). */
  answerP50: number; answerP95: number;
  /** Signals the hub did not accept (counted, not retried), and the first answer of that kind. */
  refused: number; firstRefusal?: string;
}

/**
 * Open loop: one signal every 1/rate s for `seconds` (each for a new address of Hardenberg),
 * and the time from sending it to its case (`casework.case_signals` row with its case), polled
 * every 20 ms. Waits up to 30 s after the last signal for the stragglers.
 */
export async function steadyIntake(gatewayUrl: string, token: string, db: Pool, rate: number, seconds: number, firstHouse = 1): Promise<SteadyResult> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const answers: number[] = [];
  let refused = 0;
  let firstRefusal: string | undefined;
  const slowestPer2s: number[] = Array.from({ length: Math.ceil(seconds / 2) }, () => 0);
  const total = rate * seconds;
  const start = performance.now();
  const sends: Promise<void>[] = [];
  let polling = true;
  const poll = (async () => {
    while (polling || sentAt.size > 0) {
      const ids = [...sentAt.keys()];
      if (ids.length) {
        const { rows } = await db.query('select signal_id from casework.case_signals where signal_id = any($1::uuid[]) and case_id is not null', [ids]);
        const now = performance.now();
        for (const { signal_id: id } of rows) {
          const sent = sentAt.get(id)!;
          latencies.push(now - sent);
          const window = Math.min(slowestPer2s.length - 1, Math.floor((sent - start) / 2000));
          slowestPer2s[window] = Math.max(slowestPer2s[window], now - sent);
          sentAt.delete(id);
        }
      }
      if (!polling && performance.now() - start > (seconds + 30) * 1000) break;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
    const signal = aSignal({ resident: { address: { postcode: `77${71 + (i % 20)} ZZ`, houseNumber: firstHouse + Math.floor(i / 20) } } });
    const sent = performance.now();
    sends.push(fetch(gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation($s: [SignalInput!]!) { reportSignals(signals: $s) { accepted { id } } }', variables: { s: [signal] } }),
    }).then(async (response) => {
      const body = (await response.json()) as any;
      const id = body.data?.reportSignals.accepted[0]?.id;
      if (!id) {
        refused += 1;
        firstRefusal ??= `${response.status}: ${JSON.stringify(body).slice(0, 300)}`;
        return;
      }
      answers.push(performance.now() - sent);
      sentAt.set(id, sent);
    }));
  }
  await Promise.all(sends);
  polling = false;
  await poll;
  latencies.sort((a, b) => a - b);
  answers.sort((a, b) => a - b);
  return {
    answerP50: percentile(answers, 0.5), answerP95: percentile(answers, 0.95), refused, firstRefusal, sent: total, matched: latencies.length, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: latencies.at(-1) ?? NaN, slowestPer2s };
}
