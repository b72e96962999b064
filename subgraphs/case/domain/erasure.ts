import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../shared/batch-loader';

/**
 * Erases the notes of these cases (case notes and attempt notes) and records when, whether the
 * retention period passed or a resident asked. Idempotent: the first erasure date stays.
 */
export async function eraseCaseNotes(em: EntityManager, caseIds: string[], now: Date): Promise<void> {
  if (caseIds.length === 0) return;
  const ids = uuidArray(caseIds);
  await em.execute('update casework.cases set personal_data_erased_at = coalesce(personal_data_erased_at, ?) where id = any(?::uuid[])', [now, ids]);
  await em.execute('delete from casework.case_notes where case_id = any(?::uuid[])', [ids]);
  await em.execute('update casework.contact_attempts set note = null where case_id = any(?::uuid[])', [ids]);
}
