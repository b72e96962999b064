import type { SignalStatus } from './enums';

/**
 * The messages subgraphs send each other through the job queue: the only coupling between
 * them besides the supergraph. Each task belongs to the subgraph named before the dot.
 */
export const tasks = {
  matchSignal: 'household.match_signal',
  attachSignal: 'case.attach_signal',
  setSignalStatus: 'signal.set_status',
  recordSignalFact: 'evaluation.record_signal',
} as const;

export interface SignalFacts {
  signalId: string; partnerType: string; municipalityCode: string; receivedAt: string;
  signalDate: string; arrearsSince: string; amountEuro: number; crisis: boolean; warmHandover: boolean;
}

export interface ResidentData {
  bsn?: string; initials?: string; surnamePrefix?: string; surname: string; birthDate?: string;
  phone?: string; email?: string;
  address: { postcode: string; houseNumber: number; houseNumberSuffix?: string };
}

/** signal → household: match the resident's address. */
export interface MatchSignalJob extends SignalFacts { resident: ResidentData }

/** household → case: open or join the household's case. Carries no personal data. */
export interface AttachSignalJob extends SignalFacts { householdId: string }

/** case → signal: what happened to these signals. */
export interface SetSignalStatusJob { signalIds: string[]; status: SignalStatus }

/** case → evaluation: a pseudonymous fact about one signal. */
export interface RecordSignalFactJob extends SignalFacts {
  householdId: string;
  caseId: string | null;
  openedCase: boolean;
  status: SignalStatus;
}
