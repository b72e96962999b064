import type { AccessRecord } from './access-log';
import type { SignalStatus } from './enums';

export interface JobSpec {
  task: string;
  payload: unknown;
  /** Jobs with the same key collapse while still queued (at-least-once delivery stays idempotent). */
  key?: string;
}

/**
 * The messages subgraphs send each other through the job queue: the only coupling between
 * them besides the supergraph. Each task belongs to the subgraph named before the dot.
 */
export const tasks = {
  matchSignals: 'household.match_signals',
  attachSignals: 'case.attach_signals',
  setSignalStatus: 'signal.set_status',
  recordSignalFact: 'evaluation.record_signal',
  recordSignalFacts: 'evaluation.record_signals',
  recordCaseEvent: 'evaluation.record_case_event',
  withdrawSignal: 'case.withdraw_signal',
  retentionSweep: 'case.retention_sweep',
  eraseHouseholds: 'household.erase_households',
  eraseCaseNotes: 'case.erase_notes',
  recordAccess: 'household.record_access',
} as const;

export interface SignalFacts {
  signalId: string; partnerCode: string; partnerType: string; municipalityCode: string; receivedAt: string;
  signalDate: string; arrearsSince: string; amountEuro: number; crisis: boolean; warmHandover: boolean;
}

export interface ResidentData {
  bsn?: string; initials?: string; surnamePrefix?: string; surname: string; birthDate?: string;
  phone?: string; email?: string;
  address: { postcode: string; houseNumber: number; houseNumberSuffix?: string };
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
export interface SetSignalStatusJob { signalIds: string[]; status?: SignalStatus; caseClosed?: boolean }

/** signal → case: the partner withdrew this signal. */
export interface WithdrawSignalJob { signalId: string; reason: 'PAID' | 'ARRANGED' | 'SENT_IN_ERROR' }

/** case → evaluation: a pseudonymous fact about one signal, sent when it was matched. */
export interface RecordSignalFactJob extends SignalFacts {
  householdId: string;
  caseId: string | null;
  openedCase: boolean;
  status: SignalStatus;
  /** An earlier signal on the same address in the previous 6 months (DDAS "opeenvolgend"). */
  consecutive: boolean;
}

/** case → evaluation: the facts of one batch of matched signals, in one job. */
export interface RecordSignalFactsJob { facts: RecordSignalFactJob[] }

/**
 * case → evaluation: something happened to a case or its signals. `eventId` is unique per
 * event (delivery is at least once: record it once).
 */
export type RecordCaseEventJob = { eventId: string; caseId: string; municipalityCode: string; occurredOn: string } & (
  | { kind: 'PICKED_UP' }
  | { kind: 'CONTACT_ATTEMPT'; channel: string; reached: boolean; dayPart?: string }
  | { kind: 'CLOSED'; outcome: string }
  /** Signals whose status changed (picked up, not picked up, withdrawn, closed with an outcome). */
  | { kind: 'SIGNAL_STATUS'; signalIds: string[]; status: SignalStatus }
);

/** case → household: erase the personal data of these households (retention passed, or on request). */
export interface EraseHouseholdsJob { householdIds: string[]; reason: 'retention' | 'request' }

/** household → case: a household's personal data was erased on request; erase its case notes too. */
export interface EraseCaseNotesJob { householdIds: string[] }
/** any subgraph → household: access-log records of one request (ids and actors, no personal values). */
export interface RecordAccessJob { records: AccessRecord[] }
