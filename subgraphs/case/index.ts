import { buildFederatedSchema } from '../shared/federation';
import { tasks } from '../shared/job-contracts';
import { startSubgraph, type SubgraphDefinition, type SubgraphDeps } from '../shared/subgraph-server';
import { CaseSignal } from './entities/case-signal.entity';
import { Case } from './entities/case.entity';
import { attachSignal } from './jobs/attach-signal';
import { Migration20261126000000 } from './migrations/Migration20261126000000';
import { permissions } from './permissions';
import { caseReferences } from './resolvers/case.reference';
import { CaseResolver } from './resolvers/case.resolver';
import { HouseholdCasesResolver, SignalCaseResolver } from './resolvers/contributed.resolver';

export const caseSubgraph: SubgraphDefinition = {
  name: 'case',
  database: {
    schema: 'casework',
    entities: [Case, CaseSignal],
    migrations: [{ name: 'Migration20261126000000', class: Migration20261126000000 }],
  },
  buildSchema: () => buildFederatedSchema({
    resolvers: [CaseResolver, SignalCaseResolver, HouseholdCasesResolver], references: caseReferences, permissions,
  }),
  jobs: { [tasks.attachSignal]: attachSignal },
};

export function createCaseSubgraph(deps: SubgraphDeps, port: number) {
  return startSubgraph(caseSubgraph, deps, port);
}
