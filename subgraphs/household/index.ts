import { buildFederatedSchema } from '../shared/federation';
import type { SubgraphDefinition } from '../shared/subgraph-server';
import type { SubgraphJobs } from '../shared/worker';
import { Household } from './entities/household.entity';
import { SignalStub } from './external/signal.stub';
import { Resident } from './entities/resident.entity';
import { SignalLink } from './entities/signal-link.entity';
import { tasks } from '../shared/job-contracts';
import { eraseExpiredHouseholds } from './jobs/erase-households';
import { matchSignals } from './jobs/match-signals';
import { Migration20261126000000 } from './migrations/Migration20261126000000';
import { Migration20261126120000 } from './migrations/Migration20261126120000';
import { Migration20261126140000 } from './migrations/Migration20261126140000';
import { Migration20261202010000 } from './migrations/Migration20261202010000';
import { Migration20261202020000 } from './migrations/Migration20261202020000';
import { Migration20261202030000 } from './migrations/Migration20261202030000';
import { Migration20261202040000 } from './migrations/Migration20261202040000';
import { Migration20261202100000 } from './migrations/Migration20261202100000';
import { Migration20261202110000 } from './migrations/Migration20261202110000';
import { Migration20261202133000 } from './migrations/Migration20261202133000';
import { Migration20261202090000 } from './migrations/Migration20261202090000';
import { Migration20261202160000 } from './migrations/Migration20261202160000';
import { Migration20261202170000 } from './migrations/Migration20261202170000';
import { mergeAddresses } from './jobs/merge-addresses';
import { permissions } from './permissions';
import { AccessLogResolver } from './resolvers/access-log.resolver';
import { householdReference } from './resolvers/household.reference';
import { HouseholdResolver } from './resolvers/household.resolver';
import { PrivacyOfficerResolver } from './resolvers/privacy-officer.resolver';
import { ResidentRightsResolver } from './resolvers/resident-rights.resolver';
import { SignalMatchResolver, signalReference } from './resolvers/signal-match.resolver';
import { householdAccessLog } from './domain/access-log-chain';
import { recordAccess } from './jobs/record-access';
import { checkpointAccessLogJob } from './jobs/checkpoint-access-log';

export const householdSubgraph: SubgraphDefinition = {
  name: 'household',
  database: {
    schema: 'household',
    entities: [Household, Resident, SignalLink],
    migrations: [
      { name: 'Migration20261126000000', class: Migration20261126000000 },
      { name: 'Migration20261126120000', class: Migration20261126120000 },
      { name: 'Migration20261126140000', class: Migration20261126140000 },
      { name: 'Migration20261202090000', class: Migration20261202090000 },
      { name: 'Migration20261202010000', class: Migration20261202010000 },
      { name: 'Migration20261202020000', class: Migration20261202020000 },
      { name: 'Migration20261202030000', class: Migration20261202030000 },
      { name: 'Migration20261202040000', class: Migration20261202040000 },
      { name: 'Migration20261202100000', class: Migration20261202100000 },
      { name: 'Migration20261202110000', class: Migration20261202110000 },
      { name: 'Migration20261202133000', class: Migration20261202133000 },
      { name: 'Migration20261202160000', class: Migration20261202160000 },
      { name: 'Migration20261202170000', class: Migration20261202170000 },
    ],
  },
  buildSchema: () => buildFederatedSchema({
    resolvers: [AccessLogResolver, HouseholdResolver, PrivacyOfficerResolver, ResidentRightsResolver, SignalMatchResolver], orphanedTypes: [Household, SignalStub],
    references: { Household: householdReference, Signal: signalReference }, permissions,
  }),
  jobs: {
    [tasks.matchSignals]: matchSignals, [tasks.recordAccess]: recordAccess, [tasks.mergeAddresses]: mergeAddresses, [tasks.eraseHouseholds]: eraseExpiredHouseholds,
    [tasks.checkpointAccessLog]: checkpointAccessLogJob,
  } satisfies SubgraphJobs<'household'>,
  // Every minute: the access log's head is sealed outside the database (ACCESS_LOG_CHECKPOINT_DIR).
  schedule: [{ task: tasks.checkpointAccessLog, match: '* * * * *', identifier: 'access-log-checkpoint' }],
  accessLogSink: householdAccessLog,
};
