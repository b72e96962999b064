import type { EntityManager } from '@mikro-orm/postgresql';
import { PartnerType, SignalStatus } from '../../shared/enums';
import { tasks, type AttachSignalJob, type RecordSignalFactJob } from '../../shared/job-contracts';
import { enqueueJobs } from '../../shared/outbox';
import type { JobContext } from '../../shared/worker';
import { CaseSignal } from '../entities/case-signal.entity';
import { Case } from '../entities/case.entity';
import { CaseStatus } from '../entities/case.enums';
import { contactDueBy } from '../rules/deadline';

/** Opens a case for the household or adds the signal to its open case. Idempotent per signal. */
export async function attachSignal(job: AttachSignalJob, { em, config }: JobContext): Promise<void> {
  if (await em.findOne(CaseSignal, { signalId: job.signalId })) return;
  const norms = config.municipalities.find((m) => m.code === job.municipalityCode)!;
  const receivedOn = job.receivedAt.slice(0, 10);
  let kase = await em.findOne(Case, { householdId: job.householdId, status: { $ne: CaseStatus.CLOSED } });
  const openedCase = !kase;
  kase ??= em.create(Case, {
    municipalityCode: job.municipalityCode, householdId: job.householdId, openedAt: new Date(job.receivedAt),
    contactDueBy: contactDueBy(receivedOn, job.crisis, norms), crisis: job.crisis, urgencyRank: job.crisis ? 0 : 1,
    status: CaseStatus.OPEN, multiple: false,
  });
  em.create(CaseSignal, {
    signalId: job.signalId, caseId: kase.id, householdId: job.householdId, municipalityCode: job.municipalityCode,
    partnerType: job.partnerType as PartnerType, amountEuro: job.amountEuro, arrearsSince: job.arrearsSince,
    signalDate: job.signalDate, receivedAt: new Date(job.receivedAt), crisis: job.crisis, status: SignalStatus.NOT_YET_PICKED_UP,
  });
  if (!openedCase) await joinCase(em, kase, job, receivedOn, norms);
  await em.flush();
  const fact: RecordSignalFactJob = { ...job, caseId: kase.id, openedCase, status: SignalStatus.NOT_YET_PICKED_UP, consecutive: false };
  await enqueueJobs(em, [{ task: tasks.recordSignalFact, key: `fact:${job.signalId}`, payload: fact }]);
}

async function joinCase(em: EntityManager, kase: Case, job: AttachSignalJob, receivedOn: string, norms: Parameters<typeof contactDueBy>[2]) {
  const partnerTypes = new Set((await em.find(CaseSignal, { caseId: kase.id }, { fields: ['partnerType'] })).map((s) => s.partnerType));
  partnerTypes.add(job.partnerType as PartnerType);
  kase.multiple = partnerTypes.size >= 2;
  if (job.crisis && !kase.crisis) {
    kase.crisis = true;
    kase.urgencyRank = 0;
    const crisisDue = contactDueBy(receivedOn, true, norms);
    if (crisisDue < kase.contactDueBy) kase.contactDueBy = crisisDue;
  }
}
