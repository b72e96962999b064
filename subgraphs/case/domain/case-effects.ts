import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { SignalStatus } from '../../shared/enums';
import { tasks, type JobSpec, type RecordCaseEventJob, type SetSignalStatusJob } from '../../shared/job-contracts';
import { enqueueJobs } from '../../shared/outbox';
import type { Case } from '../entities/case.entity';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type CaseEvent = DistributiveOmit<RecordCaseEventJob, 'eventId' | 'caseId' | 'municipalityCode'>;

/**
 * What other subgraphs must learn when a case moves, enqueued in the same transaction as the
 * change: the signal subgraph its signals' statuses, the evaluation subgraph a pseudonymous event.
 */
export class CaseEffects {
  readonly jobs: JobSpec[] = [];

  event(kase: Case, event: CaseEvent): this {
    const payload = { ...event, eventId: randomUUID(), caseId: kase.id, municipalityCode: kase.municipalityCode } as RecordCaseEventJob;
    this.jobs.push({ task: tasks.recordCaseEvent, payload, key: `event:${payload.eventId}` });
    return this;
  }

  signalStatus(
    kase: Case | undefined, signalIds: string[], status: SignalStatus | undefined, occurredOn: string, caseClosed = false, withdrawalRefused = false,
  ): this {
    if (signalIds.length === 0) return this;
    const update: SetSignalStatusJob = { signalIds, status, caseClosed, ...(withdrawalRefused ? { withdrawalRefused } : {}) };
    this.jobs.push({ task: tasks.setSignalStatus, payload: update });
    if (kase && status) this.event(kase, { kind: 'SIGNAL_STATUS', signalIds, status, occurredOn });
    return this;
  }

  enqueue(em: EntityManager): Promise<void> {
    return enqueueJobs(em, this.jobs);
  }
}
