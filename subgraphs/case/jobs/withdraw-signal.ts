import { LockMode } from '@mikro-orm/core';
import { today } from '../../shared/clock';
import { SignalStatus } from '../../shared/enums';
import { tasks, type WithdrawSignalJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';
import { CaseEffects } from '../domain/case-effects';
import { CaseSignal } from '../entities/case-signal.entity';
import { Case } from '../entities/case.entity';
import { CaseOutcome, CaseStatus } from '../domain/case-status';

/**
 * A partner withdrew a signal. A case nobody picked up and with no active signal left closes by
 * itself; a picked-up case stays with its consultant, who sees the withdrawal. Idempotent.
 */
export async function withdrawCaseSignal(job: WithdrawSignalJob, { em, clock }: JobContext): Promise<void> {
  const found = await em.findOne(CaseSignal, { signalId: job.signalId });
  // Matching has not reached this signal yet: fail so the queue retries after it has.
  if (!found) throw new Error(`Signal ${job.signalId} is not matched yet; retrying`);
  // The case's row lock orders this withdrawal and a consultant's action on the case (loadOpenCase):
  // the signal is read again under it, as the earlier of the two left it.
  const kase = found.caseId ? await em.findOneOrFail(Case, { id: found.caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : undefined;
  const signal = kase ? await em.refreshOrFail(found) : found;
  if (signal.status === SignalStatus.WITHDRAWN) return;
  const effects = new CaseEffects();
  if (kase ? kase.status === CaseStatus.CLOSED : signal.status !== SignalStatus.NOT_YET_PICKED_UP) {
    // Decided before the withdrawal arrived (it raced the close): the decision stands, and the signal subgraph hears so.
    effects.signalStatus(undefined, [signal.signalId], signal.status, today(clock), kase?.status === CaseStatus.CLOSED, true);
    await effects.enqueue(em);
    return;
  }
  signal.status = SignalStatus.WITHDRAWN;
  const on = today(clock);
  if (kase) {
    effects.event(kase, { kind: 'SIGNAL_STATUS', signalIds: [signal.signalId], status: SignalStatus.WITHDRAWN, occurredOn: on });
    const active = await em.count(CaseSignal, { caseId: kase.id, signalId: { $ne: signal.signalId }, status: { $ne: SignalStatus.WITHDRAWN } });
    if (kase.status === CaseStatus.OPEN && active === 0) {
      kase.status = CaseStatus.CLOSED;
      kase.outcome = job.reason === 'SENT_IN_ERROR' ? CaseOutcome.NOT_PICKED_UP_INVALID : CaseOutcome.ALREADY_PAID_OR_ARRANGED;
      kase.closedAt = clock.now();
      effects.event(kase, { kind: 'CLOSED', occurredOn: on, outcome: kase.outcome });
    }
  }
  // The partner's call waits for this answer (signal subgraph, withdrawSignal).
  effects.jobs.push({ task: tasks.setSignalStatus, payload: { signalIds: [signal.signalId], withdrawalSettled: true } });
  await em.flush();
  await effects.enqueue(em);
}
