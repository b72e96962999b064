import { allow, type IRules } from 'graphql-shield';
import { canReadSignal, isCbs, isPartner } from '../shared/rules';

/** Mirrors the signal schema; anything not named here is denied. */
export const permissions: IRules = {
  Query: { mySignals: isPartner, ddasSignals: isCbs },
  Mutation: { reportSignals: isPartner, withdrawSignal: isPartner },
  Signal: { '*': canReadSignal },
  DdasSignalPage: { '*': isCbs },
  SignalConnection: { '*': isPartner },
  SignalEdge: { '*': isPartner },
  PageInfo: { '*': allow },
  ReportSignalsResult: { '*': isPartner },
  SignalRejection: { '*': isPartner },
};
