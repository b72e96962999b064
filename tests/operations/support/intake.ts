import type { Pool } from 'pg';
import { aSignal, tokens, type SignalInputFixture } from '../../support/builders';
import { reportSignalsMutation } from '../../support/operations';
import { graphqlAt } from './client';

export interface IntakeState {
  /** Acknowledged signals: stored, matched to a case (the whole chain ran), with their evaluation fact. */
  acknowledged: { total: number; stored: number; matched: number; facts: number };
  /** Everything in the database; every test signal has its own address, so each is one household and one case. */
  signals: number;
  households: number;
  cases: number;
  facts: number;
}

/** Where the intake chain stands for these acknowledged signal ids, read straight from the database. */
export async function intakeState(db: Pool, signalIds: string[]): Promise<IntakeState> {
  const ids = JSON.stringify(signalIds);
  const acked = `(select jsonb_array_elements_text($1::jsonb)::uuid)`;
  const one = async (sql: string) => Number((await db.query(sql, [ids])).rows[0].n);
  const all = async (sql: string) => Number((await db.query(sql)).rows[0].n);
  return {
    acknowledged: {
      total: signalIds.length,
      stored: await one(`select count(*) as n from signal.signal where id in ${acked}`),
      matched: await one(`select count(*) as n from casework.case_signals where case_id is not null and signal_id in ${acked}`),
      facts: await one(`select count(*) as n from evaluation.signal_facts where signal_id in ${acked}`),
    },
    signals: await all('select count(*) as n from signal.signal'),
    households: await all('select count(*) as n from household.household'),
    cases: await all('select count(*) as n from casework.cases'),
    facts: await all('select count(*) as n from evaluation.signal_facts'),
  };
}

/** Polls until every acknowledged signal went the whole way; returns how long that took. */
export async function untilAllMatched(db: Pool, signalIds: string[], withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { acknowledged } = await intakeState(db, signalIds).catch(() => ({ acknowledged: { total: -1, matched: 0, facts: 0 } }));
    if (acknowledged.matched === signalIds.length && acknowledged.facts === signalIds.length) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`Not every acknowledged signal was matched within ${withinMs / 1000} s: ${JSON.stringify(await intakeState(db, signalIds))}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Partners reporting all the time, as their systems would: each client sends batches one after
 * the other and sends a batch again, unchanged, until it gets an answer (no answer, 5xx, or an
 * error that is not the batch's fault). It spreads its calls over `urls` (gateways).
 */
export class SteadyIntake {
  readonly acknowledged = new Map<string, string>();
  readonly rejected: Array<{ externalId: string; code: string }> = [];
  retries = 0;
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(private readonly urls: string[], private readonly token: string, private readonly clients = 2, private readonly batch = 10) {}

  start(): void {
    this.running = true;
    this.loops = Array.from({ length: this.clients }, (_, client) => this.client(client));
  }

  /** Stops sending new batches; the batch in flight is sent until it is answered. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  ids(): string[] { return [...this.acknowledged.values()]; }

  private async client(client: number): Promise<void> {
    for (let call = 0; this.running; call += 1) {
      const signals = Array.from({ length: this.batch }, () => aSignal());
      await this.sendUntilAnswered(signals, client + call);
    }
  }

  private async sendUntilAnswered(signals: SignalInputFixture[], turn: number): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      const url = this.urls[(turn + attempt) % this.urls.length];
      const answer = await graphqlAt(url, this.token, reportSignalsMutation, { signals }, 30_000).catch(() => undefined);
      const report = answer?.data?.reportSignals;
      if (report && !answer.errors?.length) {
        for (const s of report.accepted) this.acknowledged.set(s.externalId, s.id);
        for (const r of report.rejected) this.rejected.push({ externalId: r.externalId, code: r.code });
        return;
      }
      this.retries += 1;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export const partner = tokens.vechtdalWonen;
