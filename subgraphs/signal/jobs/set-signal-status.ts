import { Signal } from '../entities/signal.entity';
import type { SetSignalStatusJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';

/** The case subgraph decides what happens to a signal; the signal subgraph records it. Idempotent. */
export async function setSignalStatus(job: SetSignalStatusJob, { em }: JobContext): Promise<void> {
  await em.nativeUpdate(Signal, { id: { $in: job.signalIds } }, { status: job.status });
}
