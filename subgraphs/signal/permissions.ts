import { allow, or, type IRules } from 'graphql-shield';
import { isCbs, isConsultantOfMunicipality, isPartner, isPartnerOwningSignal, isPrivacyOfficerAnsweringAccessRequest as answeringAccessRequest } from '../shared/rules';

/** Mirrors the signal schema; anything not named here is denied. */
export const permissions: IRules = {
  Query: { mySignals: isPartner, ddasSignals: isCbs },
  Mutation: { reportSignals: isPartner, withdrawSignal: isPartner },
  Signal: { '*': or(isPartnerOwningSignal, isConsultantOfMunicipality, isCbs, answeringAccessRequest) },
  DdasSignalPage: { '*': isCbs },
  SignalConnection: { '*': isPartner },
  SignalEdge: { '*': isPartner },
  PageInfo: { '*': allow },
  ReportSignalsResult: { '*': isPartner },
  SignalRejection: { '*': isPartner },
};
