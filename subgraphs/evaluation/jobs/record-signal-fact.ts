import type { EntityManager } from '@mikro-orm/postgresql';
import type { MatchedSignalFact, RecordSignalFactsJob } from '../../shared/job-contracts';
import { lockEach } from '../../shared/locks';
import type { JobContext } from '../../shared/worker';
import { householdKey } from '../domain/pseudonym';
import { caseNow } from '../domain/merged-cases';
import { cellsOf, markCellsStale, ofKind } from './refresh-cells';

const returningCell = 'returning signal_month::text as month, municipality_code, partner_type';

/**
 * Records a signal's pseudonymous fact, and the case it opened. Idempotent: a second delivery
 * changes nothing; a status already reported by a SIGNAL_STATUS event wins over the job's.
 * Returns the cells it changed.
 */
async function recordSignalFact(sent: MatchedSignalFact, { em, config }: JobContext): Promise<Cell[]> {
  // Sent before its household's cases were merged, recorded after: it follows the merge.
  const merged = sent.caseId ? await caseNow(em, sent.caseId) : { caseId: null, merged: false };
  const job = { ...sent, caseId: merged.caseId, openedCase: sent.openedCase && !merged.merged };
  const key = householdKey(job.householdId, config.privacy.evaluationPseudonymKey);
  const inserted: Array<Record<string, any>> = await em.execute(`
    insert into evaluation.signal_facts
      (signal_id, municipality_code, partner_type, signal_date, received_on, amount_euro, household_key, case_id, opened_case, status, consecutive)
    values (?, ?, ?, ?, ?, ?, coalesce((select into_key from evaluation.household_merge where from_key = ?), ?), ?, ?,
      coalesce((select status from evaluation.signal_status_changes where signal_id = ? order by occurred_on desc, seq desc limit 1), ?),
      ? or exists (select from evaluation.consecutive_by_merge where signal_id = ?))
    on conflict (signal_id) do nothing ${returningCell}`, [
    job.signalId, job.municipalityCode, job.partnerType, job.signalDate, job.receivedAt.slice(0, 10), job.amountEuro,
    key, key, job.caseId, job.openedCase, job.signalId, job.status, job.consecutive ?? false, job.signalId,
  ]);
  if (inserted.length === 0) return [];
  const multiple = job.caseId ? await markMultipleCase(em, job.caseId) : [];
  const opened = job.caseId && job.openedCase ? await attributeCase(em, job) : [];
  return [...ofKind('signal', [...cellsOf(inserted), ...cellsOf(multiple)]), ...ofKind('case', opened)];
}

/**
 * The facts of a batch of signals, in one transaction (each as idempotent as on its own). Its
 * cases are locked first, all at once in one order, and the changed cells marked once at the
 * end: batches running at the same time wait for each other but never deadlock.
 */
export async function recordSignalFacts({ facts }: RecordSignalFactsJob, ctx: JobContext): Promise<void> {
  await lockEach(ctx.em, facts.filter((f) => f.caseId).map((f) => `case:${f.caseId}`));
  const cells: Cell[] = [];
  for (const fact of facts) cells.push(...await recordSignalFact(fact, ctx));
  await markCellsStale(ctx.em, cells);
}

type Cell = ReturnType<typeof ofKind>[number];

/** A case belongs to the group of the signal that opened it (municipality, partner type, month). */
async function attributeCase(em: EntityManager, job: MatchedSignalFact) {
  return cellsOf(await em.execute(`
    insert into evaluation.case_facts (case_id, municipality_code, partner_type, opened_on, received_on)
    values (?, ?, ?, ?, ?)
    on conflict (case_id) do update set municipality_code = excluded.municipality_code, partner_type = excluded.partner_type,
      opened_on = excluded.opened_on, received_on = excluded.received_on
    returning opened_month::text as month, municipality_code, partner_type`,
  [job.caseId, job.municipalityCode, job.partnerType, job.signalDate, job.receivedAt.slice(0, 10)]));
}

/** Every signal of a case with two or more partner types counts as a multiple signal. */
export async function markMultipleCase(em: EntityManager, caseId: string): Promise<Array<Record<string, any>>> {
  return em.execute(`
    update evaluation.signal_facts set in_multiple_case = true
     where case_id = ? and not in_multiple_case
       and (select count(distinct partner_type) from evaluation.signal_facts where case_id = ?) >= 2
    ${returningCell}`, [caseId, caseId]);
}
