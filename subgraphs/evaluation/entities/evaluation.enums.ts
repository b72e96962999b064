import { registerEnumType } from 'type-graphql';

/**
 * The DDAS enumerations evaluation reports on. Evaluation keeps its own copies (same names and
 * values as the case subgraph's) so that it depends on no other subgraph's code.
 */
export enum ContactChannel {
  ADMINISTRATIVE = 'ADMINISTRATIVE', APPOINTMENT_ON_LOCATION = 'APPOINTMENT_ON_LOCATION', LETTER = 'LETTER',
  HOME_VISIT = 'HOME_VISIT', CARD = 'CARD', EMAIL = 'EMAIL', UNKNOWN = 'UNKNOWN', OTHER = 'OTHER',
  SMS_WHATSAPP = 'SMS_WHATSAPP', PHONE = 'PHONE',
}

/** DDAS Eindresultaat. */
export enum CaseOutcome {
  BUDGET_ADVICE_QUICK_FIX = 'BUDGET_ADVICE_QUICK_FIX', NO_CONTACT_POSSIBLE = 'NO_CONTACT_POSSIBLE',
  NO_RESPONSE_AFTER_CONTACT = 'NO_RESPONSE_AFTER_CONTACT', ALREADY_IN_DEBT_SERVICES = 'ALREADY_IN_DEBT_SERVICES',
  OTHER_TRAJECTORY = 'OTHER_TRAJECTORY', ALREADY_PAID_OR_ARRANGED = 'ALREADY_PAID_OR_ARRANGED',
  RESIDENT_DECEASED = 'RESIDENT_DECEASED', RESIDENT_SOLVES_IT = 'RESIDENT_SOLVES_IT', NOT_PICKED_UP_OTHER = 'NOT_PICKED_UP_OTHER',
  NOT_PICKED_UP_REPEAT = 'NOT_PICKED_UP_REPEAT', NOT_PICKED_UP_INVALID = 'NOT_PICKED_UP_INVALID', NOT_A_RESIDENT = 'NOT_A_RESIDENT',
  FOLLOW_UP_HELP = 'FOLLOW_UP_HELP', FOLLOW_UP_HELP_FINANCIAL = 'FOLLOW_UP_HELP_FINANCIAL',
  FOLLOW_UP_HELP_NON_FINANCIAL = 'FOLLOW_UP_HELP_NON_FINANCIAL', REFERRAL_WITHOUT_RESIDENT = 'REFERRAL_WITHOUT_RESIDENT',
}

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

registerEnumType(ContactChannel, { name: 'ContactChannel', description: 'DDAS Contactsoort' });
registerEnumType(CaseOutcome, { name: 'CaseOutcome', description: 'DDAS Eindresultaat' });
