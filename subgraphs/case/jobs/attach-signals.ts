import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig, MunicipalityConfig } from '../../../config';
import { PartnerType, SignalStatus } from '../../shared/enums';
import { tasks, type AttachSignalJob, type AttachSignalsJob, type MatchedSignalFact, type RecordSignalFactsJob } from '../../shared/job-contracts';
import { lockEach } from '../../shared/locks';
import { enqueueJobs } from '../../shared/outbox';
import type { JobContext } from '../../shared/worker';
import { CaseEffects } from '../domain/case-effects';
import { judgeSignal } from '../domain/matching';
import { CaseSignal } from '../entities/case-signal.entity';
import { Case } from '../entities/case.entity';
import { CaseStatus } from '../domain/case-status';
import { contactDueBy } from '../domain/deadlines';

/** Attaches a batch of matched signals, one after the other (a later one may join an earlier one's case). */
export async function attachSignals({ signals }: AttachSignalsJob, { em, config }: JobContext): Promise<void> {
  // One open case per household: batches for the same household wait for each other, no others.
  await lockEach(em, signals.map((s) => `household:${s.householdId}`));
  const facts: MatchedSignalFact[] = [];
  for (const signal of signals) {
    const fact = await attachSignal(em, signal, config);
    if (fact) facts.push(fact);
    await em.flush();
    // Each signal reads what the one before it wrote; a growing identity map would make every flush slower.
    em.clear();
  }
  if (facts.length === 0) return;
  // The signal subgraph learns, per status, which signals opened no case.
  const effects = new CaseEffects();
  for (const status of new Set(facts.filter((f) => !f.caseId).map((f) => f.status))) {
    const ids = facts.filter((f) => !f.caseId && f.status === status).map((f) => f.signalId);
    effects.signalStatus(undefined, ids, status, facts[0].receivedAt.slice(0, 10));
  }
  const batch: RecordSignalFactsJob = { facts };
  await enqueueJobs(em, [{ task: tasks.recordSignalFacts, key: `facts:${facts[0].signalId}`, payload: batch }, ...effects.jobs]);
}

/**
 * Applies the matching rules, then opens a case for the household or adds the signal to its
 * open case. Idempotent per signal: a second delivery finds the signal and changes nothing.
 * Returns the signal's fact for evaluation, or nothing when it was attached before.
 */
async function attachSignal(em: EntityManager, job: AttachSignalJob, config: HubConfig): Promise<MatchedSignalFact | undefined> {
  if (await em.findOne(CaseSignal, { signalId: job.signalId })) return undefined;
  const norms = config.municipalities.find((m) => m.code === job.municipalityCode)!;
  const verdict = await judgeSignal(em, job, norms);
  const signal = em.create(CaseSignal, {
    signalId: job.signalId, householdId: job.householdId, municipalityCode: job.municipalityCode, partnerCode: job.partnerCode,
    partnerType: job.partnerType, amountEuro: job.amountEuro, arrearsSince: job.arrearsSince, signalDate: job.signalDate,
    receivedAt: new Date(job.receivedAt), crisis: job.crisis, status: verdict.status, consecutive: verdict.consecutive,
  });
  let kase: Case | undefined;
  let openedCase = false;
  if (verdict.status === SignalStatus.NOT_YET_PICKED_UP) {
    const open = await em.findOne(Case, { householdId: job.householdId, status: { $ne: CaseStatus.CLOSED } });
    openedCase = !open;
    kase = open ?? openCase(em, job, norms);
    signal.caseId = kase.id;
    if (open) await joinCase(em, open, job, norms);
  }
  return { ...job, caseId: kase?.id ?? null, openedCase, status: verdict.status, consecutive: verdict.consecutive };
}

function openCase(em: EntityManager, job: AttachSignalJob, norms: MunicipalityConfig): Case {
  return em.create(Case, {
    municipalityCode: job.municipalityCode, householdId: job.householdId, openedAt: new Date(job.receivedAt),
    contactDueBy: contactDueBy(job.receivedAt.slice(0, 10), job.crisis, norms), crisis: job.crisis, urgencyRank: job.crisis ? 0 : 1,
    status: CaseStatus.OPEN, multiple: false,
  });
}

async function joinCase(em: EntityManager, kase: Case, job: AttachSignalJob, norms: MunicipalityConfig): Promise<void> {
  const partnerTypes = new Set((await em.find(CaseSignal, { caseId: kase.id }, { fields: ['partnerType'] })).map((s) => s.partnerType));
  partnerTypes.add(job.partnerType);
  kase.multiple = partnerTypes.size >= 2;
  if (job.crisis && !kase.crisis) {
    kase.crisis = true;
    kase.urgencyRank = 0;
    const crisisDue = contactDueBy(job.receivedAt.slice(0, 10), true, norms);
    if (crisisDue < kase.contactDueBy) kase.contactDueBy = crisisDue;
  }
}
