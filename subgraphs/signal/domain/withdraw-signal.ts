import { LockMode } from '@mikro-orm/core';
import type { SubgraphContext } from '../../shared/context';
import { SignalStatus } from '../../shared/enums';
import { badInput, invalidTransition, notFound } from '../../shared/errors';
import { tasks, type WithdrawSignalJob } from '../../shared/job-contracts';
import { enqueueJobs } from '../../shared/outbox';
import { Signal } from '../entities/signal.entity';
import type { WithdrawalReason } from './feedback';

/** Withdrawable: waiting for a consultant, or in a case a consultant works on. */
const stillOpen = [SignalStatus.NOT_YET_PICKED_UP, SignalStatus.PICKED_UP];

/** The partner withdraws its own signal; the case subgraph decides what that means for the case. */
export async function withdrawSignal(ctx: SubgraphContext, externalId: string, reason: WithdrawalReason): Promise<Signal> {
  if (typeof externalId !== 'string' || !externalId.trim() || externalId.length > 100) throw badInput('externalId must be 1 to 100 characters');
  return ctx.em.transactional(async (em) => {
    const signal = await em.findOne(Signal, { partnerCode: ctx.viewer.org, externalId: externalId.trim() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!signal) throw notFound('You have no signal with this externalId');
    if (signal.status === SignalStatus.WITHDRAWN) return signal;
    if (signal.caseClosed || !stillOpen.includes(signal.status)) {
      throw invalidTransition('This signal was already decided (its case was closed, or it was not picked up); it can no longer be withdrawn');
    }
    signal.status = SignalStatus.WITHDRAWN;
    signal.withdrawalReason = reason;
    signal.withdrawnAt = ctx.clock.now();
    const job: WithdrawSignalJob = { signalId: signal.id, reason };
    await em.flush();
    await enqueueJobs(em, [{ task: tasks.withdrawSignal, key: `withdraw:${signal.id}`, payload: job }]);
    return signal;
  });
}
