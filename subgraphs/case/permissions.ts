import { allow, type IRules } from 'graphql-shield';
import { isConsultant, isConsultantOfMunicipality } from '../shared/rules';

/** Mirrors the case schema; anything not named here is denied. Cases are for consultants of their municipality. */
export const permissions: IRules = {
  Query: { cases: isConsultant, case: isConsultant },
  Mutation: { pickUpCase: isConsultant, recordContactAttempt: isConsultant, addCaseNote: isConsultant, closeCase: isConsultant },
  ContactAttempt: { '*': isConsultantOfMunicipality },
  CaseNote: { '*': isConsultantOfMunicipality },
  Case: { '*': isConsultantOfMunicipality },
  CaseConnection: { '*': isConsultant },
  CaseEdge: { '*': isConsultant },
  PageInfo: { '*': allow },
  Municipality: { '*': allow },
  Signal: { id: isConsultant, case: isConsultant },
  Household: { id: isConsultant, cases: isConsultant },
};
