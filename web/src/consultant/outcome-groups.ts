import type { CaseOutcome } from '../gql/graphql';
import type { nl } from '../text/nl';

/** The 16 DDAS outcomes, grouped the way a consultant thinks of how the case ended. */
export const outcomeGroups: Array<{ group: keyof typeof nl.outcomeGroups; outcomes: CaseOutcome[] }> = [
  { group: 'help', outcomes: ['BUDGET_ADVICE_QUICK_FIX', 'FOLLOW_UP_HELP_FINANCIAL', 'FOLLOW_UP_HELP_NON_FINANCIAL', 'FOLLOW_UP_HELP'] },
  { group: 'noHelp', outcomes: ['RESIDENT_SOLVES_IT', 'ALREADY_PAID_OR_ARRANGED', 'ALREADY_IN_DEBT_SERVICES', 'OTHER_TRAJECTORY', 'NO_RESPONSE_AFTER_CONTACT'] },
  { group: 'noContact', outcomes: ['NO_CONTACT_POSSIBLE', 'REFERRAL_WITHOUT_RESIDENT'] },
  { group: 'notPickedUp', outcomes: ['NOT_PICKED_UP_INVALID', 'NOT_PICKED_UP_REPEAT', 'NOT_PICKED_UP_OTHER', 'NOT_A_RESIDENT', 'RESIDENT_DECEASED'] },
];
