import { CaseOutcome, ContactChannel } from '../../shared/enums';

export { CaseOutcome, ContactChannel };

/** Order is storage: case_facts.attempts[i] counts the attempts of contactChannels[i - 1]. Append only. */
export const contactChannels = Object.values(ContactChannel);
export const caseOutcomes = Object.values(CaseOutcome);

/** Help accepted: quick fix / budget advice or follow-up help of any kind. */
export const acceptedOutcomes = [
  CaseOutcome.BUDGET_ADVICE_QUICK_FIX, CaseOutcome.FOLLOW_UP_HELP,
  CaseOutcome.FOLLOW_UP_HELP_FINANCIAL, CaseOutcome.FOLLOW_UP_HELP_NON_FINANCIAL,
];

/** Referred to debt services: follow-up help or referral of a financial kind (DDAS "Vervolghulp en/of verwijzing financieel"). */
export const referralOutcomes = [CaseOutcome.FOLLOW_UP_HELP_FINANCIAL];
