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
  const { signal, fresh } = await recordWithdrawal(ctx, externalId.trim(), reason);
  return fresh ? settled(ctx, signal) : signal;
}

/** How long the partner's call waits for the case subgraph's answer before it answers "withdrawn" on its own word. */
const settleWithinMs = 5_000;

/**
 * Waits until the case subgraph has settled the withdrawal (two queued jobs, usually well under a
 * second). Refused because the case was decided first (a consultant's close crossed it): the
 * partner hears so (INVALID_TRANSITION), exactly as when the close had come earlier. Not settled
 * in time (the workers are busy or down): the withdrawal stands as recorded, and is settled later.
 */
async function settled(ctx: SubgraphContext, signal: Signal): Promise<Signal> {
  const deadline = Date.now() + settleWithinMs;
  for (let wait = 20; Date.now() < deadline; wait = Math.min(wait * 2, 200)) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    const now = await ctx.em.fork().findOneOrFail(Signal, { id: signal.id });
    if (!now.withdrawalSettledAt) continue;
    if (now.status !== SignalStatus.WITHDRAWN) {
      throw invalidTransition('This signal was decided while you withdrew it (its case was closed); it can no longer be withdrawn');
    }
    return now;
  }
  return signal;
}

async function recordWithdrawal(ctx: SubgraphContext, externalId: string, reason: WithdrawalReason): Promise<{ signal: Signal; fresh: boolean }> {
  return ctx.em.transactional(async (em) => {
    const signal = await em.findOne(Signal, { partnerCode: ctx.viewer.org, externalId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!signal) throw notFound('You have no signal with this externalId');
    if (signal.status === SignalStatus.WITHDRAWN) return { signal, fresh: false };
    if (signal.caseClosed || !stillOpen.includes(signal.status)) {
      throw invalidTransition('This signal was already decided (its case was closed, or it was not picked up); it can no longer be withdrawn');
    }
    signal.status = SignalStatus.WITHDRAWN;
    signal.withdrawalReason = reason;
    signal.withdrawnAt = ctx.clock.now();
    const job: WithdrawSignalJob = { signalId: signal.id, reason };
    await em.flush();
    await enqueueJobs(em, [{ task: tasks.withdrawSignal, key: `withdraw:${signal.id}`, payload: job }]);
    return { signal, fresh: true };
  });
}
