import { allow, or, type IRules } from 'graphql-shield';
import { canReadCase, canReadSignal, isCbs, isConsultant, isConsultantOfMunicipality, isPrivacyOfficerAnsweringAccessRequest as answeringAccessRequest } from '../shared/rules';

/**
 * The DDAS delivery (role cbs) reads cases with their dates, attempts and outcome, never notes;
 * the privacy officer reads a resident's cases to answer their access request.
 */
const caseReader = canReadCase;

/** Mirrors the case schema; anything not named here is denied. Cases are for consultants of their municipality. */
export const permissions: IRules = {
  Query: { cases: isConsultant, case: isConsultant },
  Mutation: { pickUpCase: isConsultant, recordContactAttempt: isConsultant, addCaseNote: isConsultant, closeCase: isConsultant },
  ContactAttempt: { '*': caseReader },
  CaseNote: { '*': or(isConsultantOfMunicipality, answeringAccessRequest) },
  Case: { '*': caseReader, assignee: or(isConsultantOfMunicipality, answeringAccessRequest) },
  CaseConnection: { '*': isConsultant },
  CaseEdge: { '*': isConsultant },
  PageInfo: { '*': allow },
  Municipality: { '*': allow },
  // The facts it provides under Case.signals: the signal subgraph's rule for them.
  Signal: {
    id: or(isConsultant, isCbs), case: or(isConsultant, isCbs),
    partnerType: canReadSignal, signalDate: canReadSignal, arrearsSince: canReadSignal, amountEuro: canReadSignal,
  },
  Household: { id: or(isConsultant, isCbs, answeringAccessRequest), cases: or(isConsultant, answeringAccessRequest) },
};
