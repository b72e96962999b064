import { acceptedOutcomes, caseOutcomes, contactChannels, referralOutcomes } from './outcomes';

/**
 * Cells: the figures of one (month, municipality, partner type), computed in SQL from the facts.
 * The same selects keep the stored cells current (jobs/refresh-cells.ts) and cover the partial
 * months at the edges of a report period (aggregate-sql.ts). `where` filters the facts.
 */
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const cellKey = (month: string) => `${month} as month, municipality_code, partner_type`;

export const signalCellColumns = ['signals', 'signals_in_case', 'repeat_signals', 'consecutive_signals', 'multiple_signals', 'median_amount'];

export function signalCellSelect(where: string): string {
  return `
    select ${cellKey('signal_month')},
           count(*)::int as signals,
           count(*) filter (where case_id is not null)::int as signals_in_case,
           count(*) filter (where status = 'NOT_PICKED_UP_REPEAT')::int as repeat_signals,
           count(*) filter (where consecutive)::int as consecutive_signals,
           count(*) filter (where in_multiple_case)::int as multiple_signals,
           percentile_cont(0.5) within group (order by amount_euro) as median_amount
      from evaluation.signal_facts where ${where} group by 1, 2, 3`;
}

export function amountCellSelect(where: string): string {
  return `select ${cellKey('signal_month')}, amount_euro as value, count(*)::int as n
            from evaluation.signal_facts where ${where} group by 1, 2, 3, 4`;
}

export const caseCellColumns = [
  'cases', 'reached', 'attempted', 'closed', 'closed_reached', 'accepted', 'referred', 'attempts', 'outcomes', 'median_days_attempt', 'median_days_contact',
];

export function caseCellSelect(where: string): string {
  const reached = 'first_contact_on is not null';
  const closedReached = `outcome is not null and ${reached}`;
  return `
    select ${cellKey('opened_month')},
           count(*)::int as cases,
           count(*) filter (where ${reached})::int as reached,
           count(*) filter (where first_attempt_on is not null)::int as attempted,
           count(*) filter (where outcome is not null)::int as closed,
           count(*) filter (where ${closedReached})::int as closed_reached,
           count(*) filter (where ${closedReached} and outcome in (${quoted(acceptedOutcomes)}))::int as accepted,
           count(*) filter (where ${closedReached} and outcome in (${quoted(referralOutcomes)}))::int as referred,
           array[${contactChannels.map((_, i) => `coalesce(sum(attempts[${i + 1}]), 0)::int`).join(', ')}] as attempts,
           array[${caseOutcomes.map((o) => `count(*) filter (where outcome = '${o}')::int`).join(', ')}] as outcomes,
           percentile_cont(0.5) within group (order by first_attempt_on - received_on) as median_days_attempt,
           percentile_cont(0.5) within group (order by first_contact_on - received_on) as median_days_contact
      from evaluation.case_facts where opened_month is not null and ${where} group by 1, 2, 3`;
}

/** Days from the opening signal's receipt to the first attempt and to the first successful contact. */
export function caseDaysCellSelect(where: string): string {
  return `
    select ${cellKey('opened_month')}, d.measure, d.value, count(*)::int as n
      from evaluation.case_facts,
           lateral (values ('attempt', first_attempt_on - received_on), ('contact', first_contact_on - received_on)) as d (measure, value)
     where opened_month is not null and d.value is not null and ${where} group by 1, 2, 3, 4, 5`;
}

/** One cell by equality (parameters: month, municipality, partner type), so the cell index is used. */
export const inCell = (month: string) => `${month} = ?::date and municipality_code = ? and partner_type = ?`;
