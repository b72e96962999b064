import { allow, or, type IRules } from 'graphql-shield';
import { isCbs, isConsultant, isConsultantOfMunicipality } from '../shared/rules';

/** The DDAS delivery (role cbs) reads cases with their dates, attempts and outcome, never notes. */
const caseReader = or(isConsultantOfMunicipality, isCbs);

/** Mirrors the case schema; anything not named here is denied. Cases are for consultants of their municipality. */
export const permissions: IRules = {
  Query: { cases: isConsultant, case: isConsultant },
  Mutation: { pickUpCase: isConsultant, recordContactAttempt: isConsultant, addCaseNote: isConsultant, closeCase: isConsultant },
  ContactAttempt: { '*': caseReader },
  CaseNote: { '*': isConsultantOfMunicipality },
  Case: { '*': caseReader, notes: isConsultantOfMunicipality, assignee: isConsultantOfMunicipality },
  CaseConnection: { '*': isConsultant },
  CaseEdge: { '*': isConsultant },
  PageInfo: { '*': allow },
  Municipality: { '*': allow },
  Signal: { id: or(isConsultant, isCbs), case: or(isConsultant, isCbs) },
  Household: { id: or(isConsultant, isCbs), cases: isConsultant },
};
