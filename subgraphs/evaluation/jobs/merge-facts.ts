import type { EntityManager } from '@mikro-orm/postgresql';
import type { MergeFactsJob } from '../../shared/job-contracts';
import { lockEach } from '../../shared/locks';
import type { JobContext } from '../../shared/worker';
import { contactChannels } from '../domain/outcomes';
import { householdKey } from '../domain/pseudonym';
import { markMultipleCase } from './record-signal-fact';
import { cellsOf, markCellsStale, ofKind, type CellRef } from './refresh-cells';

const returningSignalCell = 'returning signal_month::text as month, municipality_code, partner_type';
const returningCaseCell = 'returning opened_month::text as month, municipality_code, partner_type';

/**
 * The facts of merged households follow the merge: one household key, the absorbed open cases
 * folded into the one that holds their signals now (earliest dates, attempts added up; they no
 * longer count as opened), multiple and consecutive as the case subgraph now has them. The merges
 * are kept, so facts and events that arrive later follow too. Idempotent.
 */
export async function mergeFacts(job: MergeFactsJob, { em, config }: JobContext): Promise<void> {
  const key = (id: string) => householdKey(id, config.privacy.evaluationPseudonymKey);
  await lockEach(em, [job.caseInto, ...job.casesFrom].filter((id): id is string => !!id).map((id) => `case:${id}`));
  await em.execute(`insert into evaluation.household_merge (from_key, into_key) select unnest(?::text[]), ? on conflict do nothing`,
    [`{${job.from.map(key).join(',')}}`, key(job.into)]);
  await em.execute('update evaluation.signal_facts set household_key = ? where household_key = any(?::text[])', [key(job.into), `{${job.from.map(key).join(',')}}`]);
  const signalCells: CellRef[] = [];
  const caseCells: CellRef[] = [];
  if (job.caseInto && job.casesFrom.length > 0) {
    const folded = await foldCases(em, job.caseInto, job.casesFrom);
    signalCells.push(...folded.signalCells);
    caseCells.push(...folded.caseCells);
  }
  if (job.consecutiveSignalIds.length > 0) {
    const ids = `{${job.consecutiveSignalIds.join(',')}}`;
    await em.execute('insert into evaluation.consecutive_by_merge (signal_id) select unnest(?::uuid[]) on conflict do nothing', [ids]);
    signalCells.push(...cellsOf(await em.execute(
      `update evaluation.signal_facts set consecutive = true where signal_id = any(?::uuid[]) and not consecutive ${returningSignalCell}`, [ids])));
  }
  await markCellsStale(em, [...ofKind('signal', signalCells), ...ofKind('case', caseCells)]);
}

async function foldCases(em: EntityManager, into: string, from: string[]): Promise<{ signalCells: CellRef[]; caseCells: CellRef[] }> {
  const ids = `{${from.join(',')}}`;
  await em.execute('insert into evaluation.case_merge (from_id, into_id) select unnest(?::uuid[]), ? on conflict do nothing', [ids, into]);
  await em.execute('update evaluation.case_events set case_id = ? where case_id = any(?::uuid[])', [into, ids]);
  const moved = await em.execute(
    `update evaluation.signal_facts set case_id = ?, opened_case = false where case_id = any(?::uuid[]) ${returningSignalCell}`, [into, ids]);
  await em.execute('insert into evaluation.case_facts (case_id) values (?) on conflict do nothing', [into]);
  const summed = contactChannels.map((_, i) => `coalesce(k.attempts[${i + 1}], 0) + coalesce((select sum(g.attempts[${i + 1}]) from gone g), 0)::int`);
  const changed = await em.execute(`
    with gone as (delete from evaluation.case_facts where case_id = any(?::uuid[])
      ${returningCaseCell}, picked_up_on, first_attempt_on, first_contact_on, attempts),
    kept as (
      update evaluation.case_facts k set
        picked_up_on = least(k.picked_up_on, (select min(picked_up_on) from gone)),
        first_attempt_on = least(k.first_attempt_on, (select min(first_attempt_on) from gone)),
        first_contact_on = least(k.first_contact_on, (select min(first_contact_on) from gone)),
        attempts = array[${summed.join(', ')}]
      where k.case_id = ? and exists (select from gone) ${returningCaseCell})
    select month, municipality_code, partner_type from gone union all select month, municipality_code, partner_type from kept`, [ids, into]);
  return { signalCells: cellsOf([...moved, ...await markMultipleCase(em, into)]), caseCells: cellsOf(changed) };
}
