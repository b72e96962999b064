import type { AccessRecord } from './access-log';
import type { CaseOutcome, ContactChannel, DayPart, PartnerType, SignalStatus } from './enums';

/**
 * The messages subgraphs send each other through the job queue: the only coupling between
 * them besides the supergraph. Each task belongs to the subgraph named before the dot, which
 * alone handles it. The payload of each task is in `JobPayloads`; changing one follows the
 * payload version rule (README, "Job payloads"). Every payload may also carry `traceparent`
 * (W3C trace context of the request that enqueued it, added by enqueueJobs); handlers ignore it.
 */
export const tasks = {
  matchSignals: 'household.match_signals',
  attachSignals: 'case.attach_signals',
  setSignalStatus: 'signal.set_status',
  recordSignalFacts: 'evaluation.record_signals',
  recordCaseEvent: 'evaluation.record_case_event',
  refreshCells: 'evaluation.refresh_cells',
  withdrawSignal: 'case.withdraw_signal',
  retentionSweep: 'case.retention_sweep',
  eraseHouseholds: 'household.erase_households',
  eraseCaseNotes: 'case.erase_notes',
  recordAccess: 'household.record_access',
  checkpointAccessLog: 'household.checkpoint_access_log',
  mergeAddresses: 'household.merge_addresses',
  mergeHouseholds: 'case.merge_households',
  mergeFacts: 'evaluation.merge_households',
} as const;

export type TaskName = (typeof tasks)[keyof typeof tasks];

/** The payload each task carries: the contract the compiler checks at every enqueue and every handler. */
export interface JobPayloads {
  [tasks.matchSignals]: MatchSignalsJob;
  [tasks.attachSignals]: AttachSignalsJob;
  [tasks.setSignalStatus]: SetSignalStatusJob;
  [tasks.recordSignalFacts]: RecordSignalFactsJob;
  [tasks.recordCaseEvent]: RecordCaseEventJob;
  [tasks.refreshCells]: Trigger;
  [tasks.withdrawSignal]: WithdrawSignalJob;
  [tasks.retentionSweep]: Trigger;
  [tasks.eraseHouseholds]: EraseHouseholdsJob;
  [tasks.eraseCaseNotes]: EraseCaseNotesJob;
  [tasks.recordAccess]: RecordAccessJob;
  [tasks.checkpointAccessLog]: Trigger;
  [tasks.mergeAddresses]: Trigger;
  [tasks.mergeHouseholds]: MergeHouseholdsJob;
  [tasks.mergeFacts]: MergeFactsJob;
}

/** One job to enqueue; the task decides the payload's type. */
export type JobSpec = { [T in TaskName]: {
  task: T;
  payload: JobPayloads[T];
  /** Jobs with the same key collapse while still queued (at-least-once delivery stays idempotent). */
  key?: string;
} }[TaskName];

/** The tasks of one subgraph: those named after it. */
export type TasksOf<Subgraph extends string> = Extract<TaskName, `${Subgraph}.${string}`>;

/** A job that carries nothing the handler reads (a schedule or a wake-up call). */
export type Trigger = Record<string, unknown>;

export interface SignalFacts {
  signalId: string; partnerCode: string; partnerType: PartnerType; municipalityCode: string; receivedAt: string;
  signalDate: string; arrearsSince: string; amountEuro: number; crisis: boolean; warmHandover: boolean;
}

export interface ResidentData {
  bsn?: string; initials?: string; surnamePrefix?: string; surname: string; birthDate?: string;
  phone?: string; email?: string;
  /** `street` and `city` are optional: absent in jobs of older versions, and when the partner does not know them. */
  address: { postcode: string; houseNumber: number; houseNumberSuffix?: string; street?: string; city?: string };
}

/**
 * signal → household: match the resident's address. The resident waits in the jobs table until
 * matched, so it travels encrypted: `PersonalDataCipher.encryptJson(residentData)`.
 */
export interface MatchSignalJob extends SignalFacts { sealedResident: string }

/** household → case: open or join the household's case. Carries no personal data. */
export interface AttachSignalJob extends SignalFacts { householdId: string }

/**
 * The signals of one partner call travel together: one job per batch and stage, each handled in
 * one transaction, instead of one job per signal (a daily batch of 1000 signals is 2 jobs, not 2000).
 */
export interface MatchSignalsJob { signals: MatchSignalJob[] }
export interface AttachSignalsJob { signals: AttachSignalJob[] }

/** case → signal: what happened to these signals; `caseClosed` when their case was closed. */
export interface SetSignalStatusJob {
  signalIds: string[]; status?: SignalStatus; caseClosed?: boolean;
  /** The partner's withdrawal came after the signal was decided: the decision replaces it. Absent: a withdrawal stands. */
  withdrawalRefused?: boolean;
  /** The case subgraph accepted the partner's withdrawal (the partner's call waits for this or a refusal). Absent in jobs of older versions. */
  withdrawalSettled?: boolean;
}

/** signal → case: the partner withdrew this signal. */
export interface WithdrawSignalJob { signalId: string; reason: 'PAID' | 'ARRANGED' | 'SENT_IN_ERROR' }

/** case → evaluation: a pseudonymous fact about one signal, sent when it was matched. */
export interface MatchedSignalFact extends SignalFacts {
  householdId: string;
  caseId: string | null;
  openedCase: boolean;
  status: SignalStatus;
  /** An earlier signal on the same address in the previous 6 months (DDAS "opeenvolgend"). */
  consecutive: boolean;
}

/** case → evaluation: the facts of one batch of matched signals, in one job. */
export interface RecordSignalFactsJob { facts: MatchedSignalFact[] }

/**
 * case → evaluation: something happened to a case or its signals. `eventId` is unique per
 * event (delivery is at least once: record it once).
 */
export type RecordCaseEventJob = { eventId: string; caseId: string; municipalityCode: string; occurredOn: string } & (
  | { kind: 'PICKED_UP' }
  | { kind: 'CONTACT_ATTEMPT'; channel: ContactChannel; reached: boolean; dayPart?: DayPart }
  | { kind: 'CLOSED'; outcome: CaseOutcome }
  /** Signals whose status changed (picked up, not picked up, withdrawn, closed with an outcome). */
  | { kind: 'SIGNAL_STATUS'; signalIds: string[]; status: SignalStatus }
);

/** case → household: erase the personal data of these households (retention passed, or on request). */
export interface EraseHouseholdsJob { householdIds: string[]; reason: 'retention' | 'request' }

/** household → case: a household's personal data was erased on request; erase its case notes too. */
export interface EraseCaseNotesJob { householdIds: string[] }
/** any subgraph → household: access-log records of one request (ids and actors, no personal values). */
export interface RecordAccessJob {
  records: AccessRecord[];
  /** Unique per request; a redelivered batch is appended once. Absent in jobs of older versions (appended as before). */
  batchId?: string;
}

/** household → case: these households were one address written two ways; their cases and signals follow `into`. */
export interface MergeHouseholdsJob { into: string; from: string[] }

/**
 * case → evaluation: households that were one address were merged (case.merge_households), so the
 * facts follow: every figure as if the address had been written one way from the start.
 * Version 1. Fields added later are optional (README, "Job payloads").
 */
export interface MergeFactsJob {
  /** The surviving household and those merged into it (the pseudonymous household key follows). */
  into: string; from: string[];
  /** The open cases that became one: `caseInto` holds them now; `casesFrom` no longer exist. */
  caseInto: string | null; casesFrom: string[];
  /** Signals of the merged household that now have an earlier signal within 6 months (consecutive). */
  consecutiveSignalIds: string[];
}
