import { registerEnumType } from 'type-graphql';

/** DDAS EnumSignaalpartner, in English (API.md). */
export enum PartnerType {
  RENT = 'RENT', HEALTH_INSURANCE = 'HEALTH_INSURANCE', WATER = 'WATER', ENERGY = 'ENERGY', MORTGAGE = 'MORTGAGE',
  CAK_HEALTH_INSURANCE = 'CAK_HEALTH_INSURANCE', CAK_PERSONAL_CONTRIBUTION = 'CAK_PERSONAL_CONTRIBUTION', TAX = 'TAX',
  BENEFITS = 'BENEFITS', STUDENT_FINANCE = 'STUDENT_FINANCE', OTHER = 'OTHER',
}

/** The eight DDAS Signaalstatus values, plus WITHDRAWN. */
export enum SignalStatus {
  NOT_YET_PICKED_UP = 'NOT_YET_PICKED_UP', PICKED_UP = 'PICKED_UP', NOT_PICKED_UP_INVALID = 'NOT_PICKED_UP_INVALID',
  NOT_PICKED_UP_REPEAT = 'NOT_PICKED_UP_REPEAT', NOT_PICKED_UP_OTHER = 'NOT_PICKED_UP_OTHER', RESIDENT_DECEASED = 'RESIDENT_DECEASED',
  NOT_A_RESIDENT = 'NOT_A_RESIDENT', ALREADY_IN_DEBT_SERVICES = 'ALREADY_IN_DEBT_SERVICES', WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(PartnerType, { name: 'PartnerType', description: 'The kind of fixed-cost partner that reported the arrears' });
registerEnumType(SignalStatus, { name: 'SignalStatus', description: 'DDAS Signaalstatus, plus WITHDRAWN' });
