import type { Client } from 'pg';
import { caseOutcomes } from '../subgraphs/evaluation/domain/outcomes';
import { amountCellSelect, caseCellSelect, caseDaysCellSelect, signalCellSelect } from '../subgraphs/evaluation/domain/cell-sql';

const sqlArray = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(', ')}]`;

/**
 * Synthetic facts straight into the evaluation tables, in SQL: `signals` signals over the 12
 * months of 2026, about 70% opening a case, with contact attempts and outcomes on the cases.
 */
export async function loadFacts(db: Client, signals: number): Promise<{ signals: string; cases: string }> {
  await db.query(`
    insert into evaluation.signal_facts
      (signal_id, municipality_code, partner_type, signal_date, received_on, amount_euro, household_key,
       case_id, opened_case, status, consecutive, in_multiple_case)
    select md5('signal' || i)::uuid,
           case when i % 13 < 3 then '0175' else '0160' end,
           (${sqlArray(['HEALTH_INSURANCE', 'HEALTH_INSURANCE', 'ENERGY', 'RENT', 'WATER', 'OTHER'])})[1 + (i * 7919) % 6],
           date '2026-01-01' + ((i * 31) % 365)::int,
           date '2026-01-01' + ((i * 31) % 365 + i % 3)::int,
           (50 + (i * 104729) % 2500)::int,
           md5('household' || i * 7 / 10),
           case when i % 20 = 0 then null else md5('case' || i * 7 / 10)::uuid end,
           i % 20 <> 0 and i * 7 / 10 <> (i - 1) * 7 / 10,
           case when i % 20 = 0 then 'NOT_PICKED_UP_REPEAT' when i % 3 = 0 then 'PICKED_UP' else 'NOT_YET_PICKED_UP' end,
           i % 9 = 0,
           i % 11 = 0
      from generate_series(1::bigint, $1::bigint) as i`, [signals]);
  await db.query(`
    insert into evaluation.case_facts
      (case_id, municipality_code, partner_type, opened_on, received_on, picked_up_on, first_attempt_on, first_contact_on, attempts, outcome, closed_on)
    select case_id, municipality_code, partner_type, signal_date, received_on,
           received_on + n % 5,
           case when n % 5 <> 0 then received_on + n % 21 end,
           case when n % 2 = 0 then received_on + n % 21 + n % 4 end,
           array[n % 2, 0, 1 + n % 3, n % 2, 0, 0, 0, 0, 0, n % 4],
           case when n % 10 < 7 then (${sqlArray(caseOutcomes)})[1 + n % ${caseOutcomes.length}] end,
           case when n % 10 < 7 then received_on + 30 + n % 30 end
      from (select *, abs(hashtext(case_id::text)) as n from evaluation.signal_facts where opened_case) as opened`);
  // What the job handlers keep current one cell at a time, here for every cell at once.
  await db.query(`
    insert into evaluation.signal_cells ${signalCellSelect('true')};
    insert into evaluation.amount_cells ${amountCellSelect('true')};
    insert into evaluation.case_cells ${caseCellSelect('true')};
    insert into evaluation.case_day_cells ${caseDaysCellSelect('true')};
    analyze evaluation.signal_facts; analyze evaluation.case_facts; analyze evaluation.signal_cells;
    analyze evaluation.amount_cells; analyze evaluation.case_cells; analyze evaluation.case_day_cells`);
  const { rows } = await db.query('select (select count(*) from evaluation.signal_facts) as signals, (select count(*) from evaluation.case_facts) as cases');
  return rows[0];
}
