import type { EntityData } from '@mikro-orm/core';
import { SignalStatus } from '../../shared/enums';
import type { SetSignalStatusJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';
import { Signal } from '../entities/signal.entity';

/** The case subgraph decides what happens to a signal; the signal subgraph records it. Idempotent. */
export async function setSignalStatus(job: SetSignalStatusJob, { em }: JobContext): Promise<void> {
  const change: Partial<Signal> = {};
  if (job.status) change.status = job.status;
  if (job.caseClosed) change.caseClosed = true;
  if (job.withdrawalRefused) {
    await em.nativeUpdate(Signal, { id: { $in: job.signalIds } }, {
      ...change, withdrawalReason: null, withdrawnAt: null, withdrawalSettledAt: new Date(),
    } satisfies EntityData<Signal>);
    return;
  }
  if (job.withdrawalSettled) {
    await em.nativeUpdate(Signal, { id: { $in: job.signalIds }, status: SignalStatus.WITHDRAWN }, { withdrawalSettledAt: new Date() });
    return;
  }
  // A withdrawal is the partner's word and stands, whatever the case decides later.
  await em.nativeUpdate(Signal, { id: { $in: job.signalIds }, status: { $ne: SignalStatus.WITHDRAWN } }, change);
}
