import { randomUUID } from 'node:crypto';
import type { AccessLogSink } from './access-log';
import { tasks, type RecordAccessJob } from './job-contracts';
import { enqueueJobs } from './outbox';

/**
 * The access log is kept by the household subgraph; another subgraph that resolves personal
 * fields (case notes) sends its records there as one job per request.
 */
export const forwardToHousehold: AccessLogSink = async (records, ctx) => {
  const payload: RecordAccessJob = { records, batchId: randomUUID() };
  await enqueueJobs(ctx.em, [{ task: tasks.recordAccess, payload }]);
};
