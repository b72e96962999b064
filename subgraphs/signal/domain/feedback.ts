import { registerEnumType } from 'type-graphql';
import { SignalStatus } from '../../shared/enums';

export enum WithdrawalReason { PAID = 'PAID', ARRANGED = 'ARRANGED', SENT_IN_ERROR = 'SENT_IN_ERROR' }

/** What a partner may learn about its signal (DOMAIN.md "Feedback to partners"). */
export enum PartnerFeedback {
  RECEIVED = 'RECEIVED', PICKED_UP = 'PICKED_UP', CLOSED = 'CLOSED', NOT_PICKED_UP = 'NOT_PICKED_UP',
  NOT_PICKED_UP_REPEAT = 'NOT_PICKED_UP_REPEAT', NOT_PICKED_UP_UNJUSTIFIED = 'NOT_PICKED_UP_UNJUSTIFIED',
  RESIDENT_DECEASED = 'RESIDENT_DECEASED', NOT_A_RESIDENT = 'NOT_A_RESIDENT', WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(WithdrawalReason, { name: 'WithdrawalReason' });
registerEnumType(PartnerFeedback, {
  name: 'PartnerFeedback',
  description: 'What the partner may know of its signal: not-picked-up reasons only where the law allows, never anything else',
});

/** Reasons a partner may learn; any other "not picked up" is reported without its reason. */
const sayable: Partial<Record<SignalStatus, PartnerFeedback>> = {
  [SignalStatus.NOT_YET_PICKED_UP]: PartnerFeedback.RECEIVED,
  [SignalStatus.NOT_PICKED_UP_REPEAT]: PartnerFeedback.NOT_PICKED_UP_REPEAT,
  [SignalStatus.NOT_PICKED_UP_INVALID]: PartnerFeedback.NOT_PICKED_UP_UNJUSTIFIED,
  [SignalStatus.RESIDENT_DECEASED]: PartnerFeedback.RESIDENT_DECEASED,
  [SignalStatus.NOT_A_RESIDENT]: PartnerFeedback.NOT_A_RESIDENT,
  [SignalStatus.WITHDRAWN]: PartnerFeedback.WITHDRAWN,
};

export function partnerFeedback(status: SignalStatus, caseClosed: boolean): PartnerFeedback {
  if (status === SignalStatus.PICKED_UP) return caseClosed ? PartnerFeedback.CLOSED : PartnerFeedback.PICKED_UP;
  return sayable[status] ?? PartnerFeedback.NOT_PICKED_UP;
}

/** The DDAS status as a partner may see it: a reason it may not learn becomes NOT_PICKED_UP_OTHER. */
export function partnerVisibleStatus(status: SignalStatus): SignalStatus {
  return status === SignalStatus.ALREADY_IN_DEBT_SERVICES ? SignalStatus.NOT_PICKED_UP_OTHER : status;
}
