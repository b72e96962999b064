import { buildFederatedSchema } from '../shared/federation';
import type { SubgraphDefinition } from '../shared/subgraph-server';
import type { SubgraphJobs } from '../shared/worker';
import { Signal } from './entities/signal.entity';
import { tasks } from '../shared/job-contracts';
import { DateCheckedByResolversScalar } from '../shared/scalars';
import { setSignalStatus } from './jobs/set-signal-status';
import { Migration20261126000000 } from './migrations/Migration20261126000000';
import { Migration20261126120000 } from './migrations/Migration20261126120000';
import { Migration20261126130000 } from './migrations/Migration20261126130000';
import { Migration20261202134000 } from './migrations/Migration20261202134000';
import { Migration20261202090000 } from './migrations/Migration20261202090000';
import { Migration20261202160000 } from './migrations/Migration20261202160000';
import { permissions } from './permissions';
import { DdasResolver } from './resolvers/ddas.resolver';
import { SignalFeedbackResolver } from './resolvers/signal-feedback.resolver';
import { SignalResolver } from './resolvers/signal.resolver';
import { signalReference } from './resolvers/signal.reference';

export const signalSubgraph: SubgraphDefinition = {
  name: 'signal',
  database: {
    schema: 'signal',
    entities: [Signal],
    migrations: [
      { name: 'Migration20261126000000', class: Migration20261126000000 },
      { name: 'Migration20261126120000', class: Migration20261126120000 },
      { name: 'Migration20261126130000', class: Migration20261126130000 },
      { name: 'Migration20261202090000', class: Migration20261202090000 },
      { name: 'Migration20261202134000', class: Migration20261202134000 },
      { name: 'Migration20261202160000', class: Migration20261202160000 },
    ],
  },
  buildSchema: () => buildFederatedSchema({
    resolvers: [SignalResolver, SignalFeedbackResolver, DdasResolver], references: { Signal: signalReference }, permissions,
    // A partner's batch is judged signal by signal, dates included (validate-signal.ts).
    dateScalar: DateCheckedByResolversScalar,
  }),
  jobs: { [tasks.setSignalStatus]: setSignalStatus } satisfies SubgraphJobs<'signal'>,
};
