/**
 * Compile-time checks of the queue contract, run by `tsc` (`npm test`): each `@ts-expect-error`
 * fails the type check when the mistake below it stops being a type error.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { tasks, type JobSpec } from '../../subgraphs/shared/job-contracts';
import type { SubgraphJobs } from '../../subgraphs/shared/worker';
import { enqueueJobs } from '../../subgraphs/shared/outbox';
import { setSignalStatus } from '../../subgraphs/signal/jobs/set-signal-status';
import { eraseHouseholdCaseNotes as eraseCaseNotes } from '../../subgraphs/case/jobs/erase-notes';
import { attachSignals } from '../../subgraphs/case/jobs/attach-signals';
import { retentionSweep } from '../../subgraphs/case/jobs/retention-sweep';
import { withdrawCaseSignal } from '../../subgraphs/case/jobs/withdraw-signal';

export const rightPayload: JobSpec = { task: tasks.eraseCaseNotes, payload: { householdIds: [] } };

// @ts-expect-error a payload of another task
export const wrongPayload: JobSpec = { task: tasks.eraseCaseNotes, payload: { householdIds: [], reason: 'retention' } };

// @ts-expect-error a task nobody handles
export const unknownTask: JobSpec = { task: 'evaluation.record_signal', payload: {} };

export const enqueueUnknown = (em: EntityManager) =>
  // @ts-expect-error a bare string is not a task
  enqueueJobs(em, [{ task: 'case.erase_note', payload: { householdIds: [] } }]);

export const signalJobs: SubgraphJobs<'signal'> = { [tasks.setSignalStatus]: setSignalStatus };

export const wrongHandler: SubgraphJobs<'signal'> = {
  // @ts-expect-error a handler of another payload
  [tasks.setSignalStatus]: eraseCaseNotes,
};

export const foreignTask: SubgraphJobs<'signal'> = {
  [tasks.setSignalStatus]: setSignalStatus,
  // @ts-expect-error a task of another subgraph
  [tasks.eraseCaseNotes]: eraseCaseNotes,
};

// @ts-expect-error a task of this subgraph without its handler
export const missingHandler: SubgraphJobs<'case'> = {
  [tasks.attachSignals]: attachSignals, [tasks.withdrawSignal]: withdrawCaseSignal, [tasks.retentionSweep]: retentionSweep,
};
