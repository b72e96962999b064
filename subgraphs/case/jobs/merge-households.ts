import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../shared/clock';
import { SignalStatus } from '../../shared/enums';
import { lockEach } from '../../shared/locks';
import { tasks, type MergeHouseholdsJob } from '../../shared/job-contracts';
import { enqueueJobs } from '../../shared/outbox';
import type { JobContext } from '../../shared/worker';
import { CaseEffects } from '../domain/case-effects';
import { CaseStatus } from '../domain/case-status';
import { isConsecutive } from '../domain/matching';
import { CaseNote } from '../entities/case-note.entity';
import { CaseSignal } from '../entities/case-signal.entity';
import { Case } from '../entities/case.entity';
import { ContactAttempt } from '../entities/contact-attempt.entity';

/**
 * Households that were one address: their cases and signals follow the surviving household, and
 * its open cases become one (the oldest), with every signal, attempt and note. A signal that now
 * has an earlier one of the other spelling within 6 months is consecutive. The evaluation's facts
 * follow (evaluation.merge_households). Idempotent.
 */
export async function mergeHouseholds(job: MergeHouseholdsJob, { em, clock }: JobContext): Promise<void> {
  const households = [job.into, ...job.from];
  await lockEach(em, households.map((id) => `household:${id}`));
  await em.nativeUpdate(CaseSignal, { householdId: { $in: job.from } }, { householdId: job.into });
  // One open case per household: the open cases become one before they move.
  const [keep, ...absorbed] = await em.find(Case, { householdId: { $in: households }, status: { $ne: CaseStatus.CLOSED } }, { orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] });
  const effects = absorbed.length > 0 ? await absorbCases(em, keep, absorbed, today(clock)) : new CaseEffects();
  await em.nativeUpdate(Case, { householdId: { $in: job.from } }, { householdId: job.into });
  const consecutiveSignalIds = await markConsecutive(em, job.into);
  await effects.enqueue(em);
  await enqueueJobs(em, [{ task: tasks.mergeFacts, payload: {
    into: job.into, from: job.from, caseInto: absorbed.length > 0 ? keep.id : null, casesFrom: absorbed.map((c) => c.id), consecutiveSignalIds,
  } }]);
}

async function absorbCases(em: EntityManager, keep: Case, absorbed: Case[], on: string): Promise<CaseEffects> {
  const ids = absorbed.map((c) => c.id);
  await em.nativeUpdate(CaseSignal, { caseId: { $in: ids } }, { caseId: keep.id });
  await em.nativeUpdate(ContactAttempt, { caseId: { $in: ids } }, { caseId: keep.id });
  await em.nativeUpdate(CaseNote, { caseId: { $in: ids } }, { caseId: keep.id });
  for (const other of absorbed) {
    keep.crisis ||= other.crisis;
    keep.urgencyRank = Math.min(keep.urgencyRank, other.urgencyRank);
    if (other.contactDueBy < keep.contactDueBy) keep.contactDueBy = other.contactDueBy;
    if (other.firstAttemptOn && (!keep.firstAttemptOn || other.firstAttemptOn < keep.firstAttemptOn)) keep.firstAttemptOn = other.firstAttemptOn;
    if (other.pickedUpAt && (!keep.pickedUpAt || other.pickedUpAt < keep.pickedUpAt)) keep.pickedUpAt = other.pickedUpAt;
    keep.assignee ??= other.assignee;
    em.remove(other);
  }
  const signals = await em.find(CaseSignal, { caseId: keep.id });
  keep.multiple = new Set(signals.map((s) => s.partnerType)).size >= 2;
  const effects = new CaseEffects();
  if (keep.pickedUpAt && keep.status === CaseStatus.OPEN) keep.status = CaseStatus.PICKED_UP;
  if (keep.status === CaseStatus.PICKED_UP) {
    // A picked-up case picks up every signal it holds.
    const waiting = signals.filter((s) => s.status === SignalStatus.NOT_YET_PICKED_UP).map((s) => s.signalId);
    await em.nativeUpdate(CaseSignal, { signalId: { $in: waiting } }, { status: SignalStatus.PICKED_UP });
    effects.signalStatus(keep, waiting, SignalStatus.PICKED_UP, on);
  }
  await em.flush();
  return effects;
}

/** The signals the other spelling's earlier signals make consecutive, judged as matching would have (on what had arrived by then). */
async function markConsecutive(em: EntityManager, householdId: string): Promise<string[]> {
  const signals = await em.find(CaseSignal, { householdId });
  const now = signals.filter((s) => !s.consecutive && isConsecutive(signals.filter((e) => e.receivedAt <= s.receivedAt), s)).map((s) => s.signalId);
  if (now.length > 0) await em.nativeUpdate(CaseSignal, { signalId: { $in: now } }, { consecutive: true });
  return now;
}
