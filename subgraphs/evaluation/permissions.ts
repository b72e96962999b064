import type { IRules } from 'graphql-shield';
import { isAnalyst } from '../shared/rules';

/** Mirrors the evaluation schema; anything not named here is denied. Aggregates are for analysts. */
export const permissions: IRules = {
  Query: { evaluation: isAnalyst },
  EvaluationReport: { '*': isAnalyst },
  EvaluationRow: { '*': isAnalyst },
  ChannelAttempts: { '*': isAnalyst },
  OutcomeCount: { '*': isAnalyst },
};
