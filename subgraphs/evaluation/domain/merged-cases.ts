import type { EntityManager } from '@mikro-orm/postgresql';

/** The case a fact or event of `caseId` belongs to now: the one it was merged into, or itself. */
export async function caseNow(em: EntityManager, caseId: string): Promise<{ caseId: string; merged: boolean }> {
  const [row] = await em.execute<Array<{ into_id: string }>>('select into_id from evaluation.case_merge where from_id = ?', [caseId]);
  return row ? { caseId: row.into_id, merged: true } : { caseId, merged: false };
}
