import type { SubgraphName } from '../config';
import { caseSubgraph } from './case';
import { evaluationSubgraph } from './evaluation';
import { householdSubgraph } from './household';
import type { SubgraphDefinition } from './shared/subgraph-server';
import { signalSubgraph } from './signal';

/** The four subgraphs the gateway federates, by name. */
export const subgraphs: Record<SubgraphName, SubgraphDefinition> = {
  signal: signalSubgraph,
  household: householdSubgraph,
  case: caseSubgraph,
  evaluation: evaluationSubgraph,
};
