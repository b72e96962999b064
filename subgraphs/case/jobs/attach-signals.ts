import type { EntityManager } from '@mikro-orm/postgresql';
import type { MunicipalityConfig } from '../../../config';
import { PartnerType, SignalStatus } from '../../shared/enums';
import { tasks, type AttachSignalJob, type AttachSignalsJob, type MatchedSignalFact, type RecordSignalFactsJob } from '../../shared/job-contracts';
import { uuidArray } from '../../shared/batch-loader';
import { lockEach } from '../../shared/locks';
import { enqueueJobs } from '../../shared/outbox';
import { readRows } from '../../shared/read-rows';
import { insertRows, updateRows } from '../../shared/write-rows';
import type { JobContext } from '../../shared/worker';
import { CaseEffects } from '../domain/case-effects';
import { historyStart, judgeSignal } from '../domain/matching';
import { CaseSignal } from '../entities/case-signal.entity';
import { Case } from '../entities/case.entity';
import { CaseStatus } from '../domain/case-status';
import { contactDueBy } from '../domain/deadlines';

/** What a batch needs of its households, read with three queries and kept up to date in memory. */
interface Households {
  history: Map<string, CaseSignal[]>;
  openCase: Map<string, Case>;
  partnerTypes: Map<string, Set<PartnerType>>;
  /** What a batch may change of a case that was open before it, as it was. */
  before: Map<string, string>;
  created: { signals: CaseSignal[]; cases: Case[] };
}

/**
 * Attaches a batch of matched signals: the households' recent signals and open cases are read
 * once, the matching (README "How a signal is matched") applied signal after signal in memory
 * (a later signal sees the ones before it), and everything written with one statement per table and kind of change, whatever
 * the batch's size. Idempotent per signal: a signal attached before is passed over.
 */
export async function attachSignals({ signals }: AttachSignalsJob, { em, config }: JobContext): Promise<void> {
  // One open case per household: batches for the same household wait for each other, no others.
  await lockEach(em, signals.map((s) => `household:${s.householdId}`));
  const attached = new Set((await em.execute<Array<{ signal_id: string }>>(
    'select signal_id from casework.case_signals where signal_id = any(?::uuid[])', [uuidArray([...new Set(signals.map((s) => s.signalId))])])).map((s) => s.signal_id));
  const fresh = signals.filter((s) => !attached.has(s.signalId) && attached.add(s.signalId));
  if (fresh.length === 0) return;
  const norms = (job: AttachSignalJob) => config.municipalities.find((m) => m.code === job.municipalityCode)!;
  const households = await loadHouseholds(em, fresh, norms);
  const facts = fresh.map((job) => attachSignal(job, norms(job), households));
  await writeBatch(em, households);
  // The signal subgraph learns, per status, which signals opened no case.
  const effects = new CaseEffects();
  for (const status of new Set(facts.filter((f) => !f.caseId).map((f) => f.status))) {
    const ids = facts.filter((f) => !f.caseId && f.status === status).map((f) => f.signalId);
    effects.signalStatus(undefined, ids, status, facts[0].receivedAt.slice(0, 10));
  }
  const batch: RecordSignalFactsJob = { facts };
  await enqueueJobs(em, [{ task: tasks.recordSignalFacts, key: `facts:${facts[0].signalId}`, payload: batch }, ...effects.jobs]);
}

const joinedFields = (c: Case) => JSON.stringify([c.multiple, c.crisis, c.urgencyRank, c.contactDueBy]);

async function loadHouseholds(em: EntityManager, jobs: AttachSignalJob[], norms: (job: AttachSignalJob) => MunicipalityConfig): Promise<Households> {
  const householdIds = [...new Set(jobs.map((j) => j.householdId))];
  const starts = jobs.map((j) => historyStart(j, norms(j)));
  const signalDate = starts.map((s) => s.signalDate).sort()[0];
  const receivedAt = new Date(Math.min(...starts.map((s) => s.receivedAt.getTime())));
  const recent = await readRows(em, CaseSignal, `select * from casework.case_signals where household_id = any(?::uuid[])
    and (signal_date >= ?::date or received_at >= ?::timestamptz)`, [uuidArray(householdIds), signalDate, receivedAt.toISOString()]);
  // Locked, so a close under way finishes first and its case is then not open: a signal never joins a closed case.
  const open = await readRows(em, Case, 'select * from casework.cases where household_id = any(?::uuid[]) and status <> ? for update',
    [uuidArray(householdIds), CaseStatus.CLOSED]);
  const types = open.length ? await em.execute<Array<{ case_id: string; partner_type: PartnerType }>>(
    'select distinct case_id, partner_type from casework.case_signals where case_id = any(?::uuid[])', [uuidArray(open.map((c) => c.id))]) : [];
  const history = new Map<string, CaseSignal[]>(householdIds.map((id) => [id, []]));
  for (const s of recent) history.get(s.householdId)!.push(s);
  const partnerTypes = new Map<string, Set<PartnerType>>(open.map((c) => [c.id, new Set()]));
  for (const s of types) partnerTypes.get(s.case_id)!.add(s.partner_type);
  return {
    history, openCase: new Map(open.map((c) => [c.householdId, c])), partnerTypes,
    before: new Map(open.map((c) => [c.id, joinedFields(c)])), created: { signals: [], cases: [] },
  };
}

/** New signals and cases inserted, cases open before and changed by the batch updated: a few statements. */
async function writeBatch(em: EntityManager, households: Households): Promise<void> {
  const { created, before, openCase } = households;
  await insertRows(em, Case, created.cases.map((c) => ({ ...c })));
  await updateRows(em, Case, [...openCase.values()].filter((c) => before.has(c.id) && before.get(c.id) !== joinedFields(c))
    .map((c) => ({ id: c.id, multiple: c.multiple, crisis: c.crisis, urgencyRank: c.urgencyRank, contactDueBy: c.contactDueBy })));
  await insertRows(em, CaseSignal, created.signals.map((s) => ({ ...s })));
}

/** Matches the signal (domain/matching.ts), then opens a case for the household or adds the signal to its open case. */
function attachSignal(job: AttachSignalJob, norms: MunicipalityConfig, households: Households): MatchedSignalFact {
  const history = households.history.get(job.householdId)!;
  const verdict = judgeSignal(history, job, norms);
  const signal = Object.assign(new CaseSignal(), {
    signalId: job.signalId, householdId: job.householdId, municipalityCode: job.municipalityCode, partnerCode: job.partnerCode,
    partnerType: job.partnerType, amountEuro: job.amountEuro, arrearsSince: job.arrearsSince, signalDate: job.signalDate,
    receivedAt: new Date(job.receivedAt), crisis: job.crisis, status: verdict.status, consecutive: verdict.consecutive,
  });
  history.push(signal);
  households.created.signals.push(signal);
  let kase: Case | undefined;
  let openedCase = false;
  if (verdict.status === SignalStatus.NOT_YET_PICKED_UP) {
    const open = households.openCase.get(job.householdId);
    openedCase = !open;
    kase = open ?? openCase(job, norms);
    if (!open) households.created.cases.push(kase);
    households.openCase.set(job.householdId, kase);
    signal.caseId = kase.id;
    const types = households.partnerTypes.get(kase.id) ?? new Set<PartnerType>();
    households.partnerTypes.set(kase.id, types.add(job.partnerType));
    if (open) joinCase(open, job, norms, types);
  }
  return { ...job, caseId: kase?.id ?? null, openedCase, status: verdict.status, consecutive: verdict.consecutive };
}

function openCase(job: AttachSignalJob, norms: MunicipalityConfig): Case {
  return Object.assign(new Case(), {
    municipalityCode: job.municipalityCode, householdId: job.householdId, openedAt: new Date(job.receivedAt),
    contactDueBy: contactDueBy(job.receivedAt.slice(0, 10), job.crisis, norms), crisis: job.crisis, urgencyRank: job.crisis ? 0 : 1,
    status: CaseStatus.OPEN, multiple: false,
  });
}

function joinCase(kase: Case, job: AttachSignalJob, norms: MunicipalityConfig, partnerTypes: Set<PartnerType>): void {
  kase.multiple = partnerTypes.size >= 2;
  if (job.crisis && !kase.crisis) {
    kase.crisis = true;
    kase.urgencyRank = 0;
    const crisisDue = contactDueBy(job.receivedAt.slice(0, 10), true, norms);
    if (crisisDue < kase.contactDueBy) kase.contactDueBy = crisisDue;
  }
}
