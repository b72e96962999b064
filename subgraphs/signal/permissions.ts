import { allow, or, type IRules } from 'graphql-shield';
import { isConsultantOfMunicipality, isPartner, isPartnerOwningSignal } from '../shared/rules';

/** Mirrors the signal schema; anything not named here is denied. */
export const permissions: IRules = {
  Query: { mySignals: isPartner },
  Mutation: { reportSignals: isPartner, withdrawSignal: isPartner },
  Signal: { '*': or(isPartnerOwningSignal, isConsultantOfMunicipality) },
  SignalConnection: { '*': isPartner },
  SignalEdge: { '*': isPartner },
  PageInfo: { '*': allow },
  ReportSignalsResult: { '*': isPartner },
  SignalRejection: { '*': isPartner },
};
