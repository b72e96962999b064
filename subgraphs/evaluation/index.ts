import { buildFederatedSchema } from '../shared/federation';
import { tasks } from '../shared/job-contracts';
import type { SubgraphDefinition } from '../shared/subgraph-server';
import type { SubgraphJobs } from '../shared/worker';
import { recordCaseEvent } from './jobs/record-case-event';
import { mergeFacts } from './jobs/merge-facts';
import { recordSignalFacts } from './jobs/record-signal-fact';
import { refreshStaleCells } from './jobs/refresh-cells';
import { Migration20261126000000 } from './migrations/Migration20261126000000';
import { Migration20261126120000 } from './migrations/Migration20261126120000';
import { Migration20261126140000 } from './migrations/Migration20261126140000';
import { Migration20261202133000 } from './migrations/Migration20261202133000';
import { Migration20261202090000 } from './migrations/Migration20261202090000';
import { Migration20261202160000 } from './migrations/Migration20261202160000';
import { permissions } from './permissions';
import { EvaluationResolver } from './resolvers/evaluation.resolver';

export const evaluationSubgraph: SubgraphDefinition = {
  name: 'evaluation',
  database: {
    schema: 'evaluation',
    // Facts and cells are written and read with SQL only (jobs/, domain/): no entities.
    entities: [],
    migrations: [
      { name: 'Migration20261126000000', class: Migration20261126000000 },
      { name: 'Migration20261126120000', class: Migration20261126120000 },
      { name: 'Migration20261126140000', class: Migration20261126140000 },
      { name: 'Migration20261202090000', class: Migration20261202090000 },
      { name: 'Migration20261202133000', class: Migration20261202133000 },
      { name: 'Migration20261202160000', class: Migration20261202160000 },
    ],
  },
  buildSchema: () => buildFederatedSchema({ resolvers: [EvaluationResolver], permissions }),
  jobs: {
    [tasks.recordSignalFacts]: recordSignalFacts, [tasks.recordCaseEvent]: recordCaseEvent, [tasks.refreshCells]: refreshStaleCells,
    [tasks.mergeFacts]: mergeFacts,
  } satisfies SubgraphJobs<'evaluation'>,
};
