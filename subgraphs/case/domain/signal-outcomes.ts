import { SignalStatus } from '../../shared/enums';
import { CaseOutcome } from './case-status';

/** The outcomes that mean the signals were not picked up, and the DDAS Signaalstatus each gives. */
const notPickedUp: Partial<Record<CaseOutcome, SignalStatus>> = {
  [CaseOutcome.NOT_PICKED_UP_REPEAT]: SignalStatus.NOT_PICKED_UP_REPEAT,
  [CaseOutcome.NOT_PICKED_UP_INVALID]: SignalStatus.NOT_PICKED_UP_INVALID,
  [CaseOutcome.NOT_PICKED_UP_OTHER]: SignalStatus.NOT_PICKED_UP_OTHER,
  [CaseOutcome.RESIDENT_DECEASED]: SignalStatus.RESIDENT_DECEASED,
  [CaseOutcome.NOT_A_RESIDENT]: SignalStatus.NOT_A_RESIDENT,
  [CaseOutcome.ALREADY_IN_DEBT_SERVICES]: SignalStatus.ALREADY_IN_DEBT_SERVICES,
};

/** A case's signals follow its outcome; every other outcome means they were picked up. */
export function signalStatusFor(outcome: CaseOutcome): SignalStatus {
  return notPickedUp[outcome] ?? SignalStatus.PICKED_UP;
}

export function isPickedUpOutcome(outcome: CaseOutcome): boolean {
  return !(outcome in notPickedUp);
}
