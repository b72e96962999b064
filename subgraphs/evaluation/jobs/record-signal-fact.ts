import type { EntityManager } from '@mikro-orm/postgresql';
import type { RecordSignalFactsJob } from '../../shared/job-contracts';
import { lockEach } from '../../shared/locks';
import type { JobContext } from '../../shared/worker';
import { householdKey } from '../domain/pseudonym';
import { cellsOf, markCellsStale, ofKind } from './refresh-cells';

const returningCell = 'returning signal_month::text as month, municipality_code, partner_type';

/**
 * The pseudonymous facts of a batch of signals, and the cases they opened, in three statements
 * whatever the batch's size. Idempotent: a fact recorded before is passed over; a status already
 * reported by a SIGNAL_STATUS event wins over the job's; a fact sent before its household's
 * cases were merged, recorded after, follows the merge. Its cases are locked first, all at once
 * in one order, and the changed cells marked once: batches running at the same time wait for
 * each other but never deadlock.
 */
export async function recordSignalFacts({ facts }: RecordSignalFactsJob, { em, config }: JobContext): Promise<void> {
  await lockEach(em, facts.filter((f) => f.caseId).map((f) => `case:${f.caseId}`));
  const rows = facts.map((f, ord) => ({
    ord, signal_id: f.signalId, municipality_code: f.municipalityCode, partner_type: f.partnerType, signal_date: f.signalDate,
    received_on: f.receivedAt.slice(0, 10), amount_euro: f.amountEuro, household_key: householdKey(f.householdId, config.privacy.evaluationPseudonymKey),
    case_id: f.caseId, opened_case: f.openedCase, status: f.status, consecutive: f.consecutive ?? false,
  }));
  const inserted: Array<Record<string, any>> = await em.execute(`
    with sent as (
      select distinct on (s.signal_id) s.* from jsonb_to_recordset(?::jsonb) as s(ord int, signal_id uuid, municipality_code text,
        partner_type text, signal_date date, received_on date, amount_euro int, household_key text, case_id uuid,
        opened_case boolean, status text, consecutive boolean)
      order by s.signal_id, s.ord
    ), facts as (
      insert into evaluation.signal_facts
        (signal_id, municipality_code, partner_type, signal_date, received_on, amount_euro, household_key, case_id, opened_case, status, consecutive)
      select s.signal_id, s.municipality_code, s.partner_type, s.signal_date, s.received_on, s.amount_euro, coalesce(hm.into_key, s.household_key),
        coalesce(cm.into_id, s.case_id), s.opened_case and cm.into_id is null,
        coalesce((select c.status from evaluation.signal_status_changes c where c.signal_id = s.signal_id order by c.occurred_on desc, c.seq desc limit 1), s.status),
        s.consecutive or exists (select from evaluation.consecutive_by_merge m where m.signal_id = s.signal_id)
      from sent s
      left join evaluation.household_merge hm on hm.from_key = s.household_key
      left join evaluation.case_merge cm on cm.from_id = s.case_id
      order by s.signal_id
      on conflict (signal_id) do nothing
      returning signal_id, case_id, opened_case, signal_date, received_on, signal_month, municipality_code, partner_type
    ), opened as (
      -- A case belongs to the group of the signal that opened it (municipality, partner type, month).
      insert into evaluation.case_facts (case_id, municipality_code, partner_type, opened_on, received_on)
      select distinct on (f.case_id) f.case_id, f.municipality_code, f.partner_type, f.signal_date, f.received_on
        from facts f join sent s using (signal_id) where f.opened_case and f.case_id is not null
       order by f.case_id, s.ord desc
      on conflict (case_id) do update set municipality_code = excluded.municipality_code, partner_type = excluded.partner_type,
        opened_on = excluded.opened_on, received_on = excluded.received_on
      returning 'case' as kind, opened_month::text as month, municipality_code, partner_type, null::uuid as case_id
    )
    select 'signal' as kind, signal_month::text as month, municipality_code, partner_type, case_id from facts
    union all select * from opened`, [JSON.stringify(rows)]);
  if (inserted.length === 0) return;
  const signalCells = inserted.filter((r) => r.kind === 'signal');
  const cases = [...new Set(signalCells.map((r) => r.case_id).filter(Boolean))];
  const multiple = await markMultipleCases(em, cases);
  await markCellsStale(em, [...ofKind('signal', cellsOf([...signalCells, ...multiple])), ...ofKind('case', cellsOf(inserted.filter((r) => r.kind === 'case')))]);
}

/** Every signal of a case with two or more partner types counts as a multiple signal. */
export async function markMultipleCases(em: EntityManager, caseIds: string[]): Promise<Array<Record<string, any>>> {
  if (caseIds.length === 0) return [];
  return em.execute(`
    update evaluation.signal_facts set in_multiple_case = true
     where case_id = any(?::uuid[]) and not in_multiple_case
       and case_id in (select case_id from evaluation.signal_facts where case_id = any(?::uuid[])
                        group by case_id having count(distinct partner_type) >= 2)
    ${returningCell}`, [`{${caseIds.join(',')}}`, `{${caseIds.join(',')}}`]);
}

export const markMultipleCase = (em: EntityManager, caseId: string) => markMultipleCases(em, [caseId]);
