import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../shared/batch-loader';
import type { MunicipalityConfig } from '../../../config';
import { today } from '../../shared/clock';
import { tasks, type EraseHouseholdsJob } from '../../shared/job-contracts';
import { enqueueJobs } from '../../shared/outbox';
import type { JobContext } from '../../shared/worker';
import { eraseCaseNotes } from '../domain/erasure';
import { monthsBefore } from '../domain/matching';

/**
 * Daily: erases the personal data whose retention period has passed (DOMAIN.md, retention):
 * the notes of cases closed long enough ago, and, through the household subgraph, the residents
 * and address of every household none of whose signals is still needed. Dates, partner types,
 * amounts and outcomes stay, so evaluation figures do not change.
 */
export async function retentionSweep(_payload: unknown, { em, clock, config }: JobContext): Promise<void> {
  const on = today(clock);
  for (const municipality of config.municipalities) {
    const closedBefore = monthsBefore(on, municipality.retentionClosedCaseMonths);
    await eraseCaseNotes(em, await expiredCases(em, municipality.code, closedBefore), clock.now());
    const householdIds = await expiredHouseholds(em, municipality, closedBefore, monthsBefore(on, municipality.retentionNoCaseMonths));
    if (householdIds.length === 0) continue;
    await em.execute('insert into casework.erased_households (household_id, erased_at) select unnest(?::uuid[]), ?', [uuidArray(householdIds), clock.now()]);
    const job: EraseHouseholdsJob = { householdIds, reason: 'retention' };
    await enqueueJobs(em, [{ task: tasks.eraseHouseholds, payload: job }]);
  }
}

/** Closed cases past retention whose notes are still there. */
async function expiredCases(em: EntityManager, municipality: string, closedBefore: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await em.execute(
    `select id from casework.cases
      where municipality_code = ? and status = 'CLOSED' and closed_at < ?::date and personal_data_erased_at is null`,
    [municipality, closedBefore],
  );
  return rows.map((r) => r.id);
}

/** Households whose every signal is past retention: no open case, no recent signal, none erased before. */
async function expiredHouseholds(em: EntityManager, municipality: MunicipalityConfig, closedBefore: string, noCaseBefore: string): Promise<string[]> {
  const rows: Array<{ household_id: string }> = await em.execute(
    `select cs.household_id
       from casework.case_signals cs left join casework.cases c on c.id = cs.case_id
      where cs.municipality_code = ?
        and not exists (select 1 from casework.erased_households e where e.household_id = cs.household_id)
      group by cs.household_id
     having bool_and((cs.case_id is null and cs.received_at < ?::date) or (c.status = 'CLOSED' and c.closed_at < ?::date))`,
    [municipality.code, noCaseBefore, closedBefore],
  );
  return rows.map((r) => r.household_id);
}
