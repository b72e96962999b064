import type { Pool } from 'pg';

export interface IntakeState {
  /** Acknowledged signals that are stored. */
  stored: number;
  /** ... that reached a case (the whole intake chain ran for them). */
  matched: number;
  /** ... with their evaluation fact. */
  facts: number;
  households: number;
  cases: number;
  /** Households with more than one open case, addresses with more than one household, facts counted twice: all must be 0. */
  duplicates: { households: number; openCases: number; facts: number };
}

/** Where the intake chain stands for these acknowledged signal ids, read straight from the database. */
export async function intakeState(db: Pool, signalIds: string[]): Promise<IntakeState> {
  const ids = JSON.stringify(signalIds);
  const one = async (sql: string) => Number((await db.query(sql, [ids])).rows[0].n);
  const all = async (sql: string) => Number((await db.query(sql)).rows[0].n);
  const acked = `(select jsonb_array_elements_text($1::jsonb)::uuid)`;
  return {
    stored: await one(`select count(*) as n from signal.signal where id in ${acked}`),
    matched: await one(`select count(*) as n from casework.case_signals where case_id is not null and signal_id in ${acked}`),
    facts: await one(`select count(*) as n from evaluation.signal_facts where signal_id in ${acked}`),
    households: await all('select count(*) as n from household.household'),
    cases: await all('select count(*) as n from casework.cases'),
    duplicates: {
      households: await all('select count(*) - count(distinct address_key) as n from household.household'),
      openCases: await all(`select count(*) as n from (select household_id from casework.cases where status <> 'CLOSED' group by household_id having count(*) > 1) d`),
      facts: await all('select count(*) - count(distinct signal_id) as n from evaluation.signal_facts'),
    },
  };
}
