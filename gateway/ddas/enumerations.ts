import type { CaseOutcome, ContactChannel, DayPart, PartnerType, SignalStatus } from '../../subgraphs/shared/enums';

/** Our API's English enum values to the DDAS v1.2 enumerations (schema/ddas/json_schema_Uitwisselmodel.json). */
export const signaalpartner: Record<PartnerType, string> = {
  RENT: 'Huur', HEALTH_INSURANCE: 'Zorg', WATER: 'Water', ENERGY: 'Energie', MORTGAGE: 'Hypotheek',
  CAK_HEALTH_INSURANCE: 'CAK Zorgverzekeringen', CAK_PERSONAL_CONTRIBUTION: 'CAK Eigen bijdrage', TAX: 'Belastingdienst',
  BENEFITS: 'Dienst Toeslagen', STUDENT_FINANCE: 'DUO', OTHER: 'Overige',
};

/** WITHDRAWN is not a DDAS status: a withdrawn signal was not picked up for another reason. */
export const signaalstatus: Record<SignalStatus, string> = {
  NOT_YET_PICKED_UP: 'Nog niet opgepakt', PICKED_UP: 'Opgepakt', NOT_PICKED_UP_INVALID: 'Niet opgepakt: onterecht signaal',
  NOT_PICKED_UP_REPEAT: 'Niet opgepakt: herhaalde melding', NOT_PICKED_UP_OTHER: 'Niet opgepakt: andere reden',
  RESIDENT_DECEASED: 'Inwoner is overleden', NOT_A_RESIDENT: 'Persoon is geen inwoner (meer) in de gemeente',
  ALREADY_IN_DEBT_SERVICES: 'Inwoner al bekend bij schuldhulpverlening', WITHDRAWN: 'Niet opgepakt: andere reden',
};

/** The results that mean a case's signals were not picked up; each gives its signals the status of the same name. */
export const notPickedUpOutcomes: ReadonlySet<string> = new Set([
  'NOT_PICKED_UP_REPEAT', 'NOT_PICKED_UP_INVALID', 'NOT_PICKED_UP_OTHER', 'RESIDENT_DECEASED', 'NOT_A_RESIDENT', 'ALREADY_IN_DEBT_SERVICES',
]);

export const eindresultaat: Record<CaseOutcome, string> = {
  BUDGET_ADVICE_QUICK_FIX: '(Budget)advies en/of quick fix', NO_CONTACT_POSSIBLE: 'Definitief geen contact kunnen krijgen',
  NO_RESPONSE_AFTER_CONTACT: 'Geen reactie na eerder contact', ALREADY_IN_DEBT_SERVICES: 'Inwoner al bekend bij schuldhulpverlening',
  OTHER_TRAJECTORY: 'Inwoner heeft al een ander lopend traject', ALREADY_PAID_OR_ARRANGED: 'Inwoner heeft zelf al betaald/betalingsregeling getroffen',
  RESIDENT_DECEASED: 'Inwoner is overleden', RESIDENT_SOLVES_IT: 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering',
  NOT_PICKED_UP_OTHER: 'Niet opgepakt: andere reden', NOT_PICKED_UP_REPEAT: 'Niet opgepakt: herhaalde melding',
  NOT_PICKED_UP_INVALID: 'Niet opgepakt: onterecht signaal', NOT_A_RESIDENT: 'Persoon is geen inwoner (meer) in de gemeente',
  FOLLOW_UP_HELP: 'Vervolghulp en/of verwijzing', FOLLOW_UP_HELP_FINANCIAL: 'Vervolghulp en/of verwijzing financieel',
  FOLLOW_UP_HELP_NON_FINANCIAL: 'Vervolghulp en/of verwijzing niet financieel', REFERRAL_WITHOUT_RESIDENT: 'Verwijzing zonder tussenkomst inwoner',
};

export const contactsoort: Record<ContactChannel, string> = {
  ADMINISTRATIVE: 'Administratief', APPOINTMENT_ON_LOCATION: 'Afspraak op locatie', LETTER: 'Brief', HOME_VISIT: 'Huisbezoek',
  CARD: 'Kaartje', EMAIL: 'Mail', UNKNOWN: 'Onbekend', OTHER: 'Overige', SMS_WHATSAPP: 'SMS/Whatsapp', PHONE: 'Telefoon',
};

export const dagdeel: Record<DayPart, string> = { MORNING: 'Ochtend', AFTERNOON: 'Middag', EVENING: 'Avond' };
