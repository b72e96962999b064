import { acceptedOutcomes, caseOutcomes, contactChannels, referralOutcomes } from '../entities/evaluation.enums';
import { EvaluationDimension } from '../resolvers/evaluation.types';

/** Whitelisted SQL per dimension and fact table: client input never becomes SQL text. */
const dimensionColumns: Record<EvaluationDimension, (date: string) => string> = {
  [EvaluationDimension.MUNICIPALITY]: () => 'municipality_code',
  [EvaluationDimension.PARTNER_TYPE]: () => 'partner_type',
  [EvaluationDimension.MONTH]: (date) => `to_char(${date}, 'YYYY-MM')`,
};

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One grouped select plus the ungrouped total (grouping sets): one pass over the facts whose
 * date lies in the period. Parameters: from, to, municipality, municipality.
 */
function groupedSelect(table: string, date: string, dims: EvaluationDimension[], measures: string[]): string {
  const columns = dims.map((d) => dimensionColumns[d](date));
  const keys = dims.map((d, i) => `${columns[i]} as ${d.toLowerCase()}`);
  const total = dims.length ? `grouping(${columns.join(', ')}) <> 0` : 'true';
  return `
    select ${[...keys, `${total} as is_total`, ...measures].join(',\n           ')}
      from evaluation.${table}
     where ${date} between ?::date and ?::date and (?::text is null or municipality_code = ?)
     ${dims.length ? `group by grouping sets ((${columns.join(', ')}), ()) order by ${dims.map((_, i) => i + 1).join(', ')}` : ''}`;
}

export function signalAggregatesSql(dims: EvaluationDimension[]): string {
  return groupedSelect('signal_facts', 'signal_date', dims, [
    'count(*)::int as signals',
    'count(*) filter (where case_id is not null)::int as signals_in_case',
    `count(*) filter (where status = 'NOT_PICKED_UP_REPEAT')::int as repeat_signals`,
    'count(*) filter (where consecutive)::int as consecutive_signals',
    'count(*) filter (where in_multiple_case)::int as multiple_signals',
    'percentile_cont(0.5) within group (order by amount_euro) as median_amount',
  ]);
}

export function caseAggregatesSql(dims: EvaluationDimension[]): string {
  const reached = 'first_contact_on is not null';
  const closedReached = `outcome is not null and ${reached}`;
  return groupedSelect('case_facts', 'opened_on', dims, [
    'count(*)::int as cases',
    `count(*) filter (where ${reached})::int as reached`,
    'count(*) filter (where first_attempt_on is not null)::int as attempted',
    'count(*) filter (where outcome is not null)::int as closed',
    `count(*) filter (where ${closedReached})::int as closed_reached`,
    `count(*) filter (where ${closedReached} and outcome in (${quoted(acceptedOutcomes)}))::int as accepted`,
    `count(*) filter (where ${closedReached} and outcome in (${quoted(referralOutcomes)}))::int as referred`,
    'percentile_cont(0.5) within group (order by first_attempt_on - received_on) as median_days_attempt',
    'percentile_cont(0.5) within group (order by first_contact_on - received_on) as median_days_contact',
    `array[${contactChannels.map((_, i) => `coalesce(sum(attempts[${i + 1}]), 0)::int`).join(', ')}] as attempts`,
    `array[${caseOutcomes.map((o) => `count(*) filter (where outcome = '${o}')::int`).join(', ')}] as outcomes`,
  ]);
}
