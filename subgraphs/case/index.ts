import { buildFederatedSchema } from '../shared/federation';
import { tasks } from '../shared/job-contracts';
import { mergeHouseholds } from './jobs/merge-households';
import type { SubgraphDefinition } from '../shared/subgraph-server';
import type { SubgraphJobs } from '../shared/worker';
import { CaseSignal } from './entities/case-signal.entity';
import { Case } from './entities/case.entity';
import { CaseNote } from './entities/case-note.entity';
import { ContactAttempt } from './entities/contact-attempt.entity';
import { attachSignals } from './jobs/attach-signals';
import { eraseHouseholdCaseNotes } from './jobs/erase-notes';
import { retentionSweep } from './jobs/retention-sweep';
import { withdrawCaseSignal } from './jobs/withdraw-signal';
import { Migration20261126000000 } from './migrations/Migration20261126000000';
import { Migration20261126120000 } from './migrations/Migration20261126120000';
import { Migration20261126140000 } from './migrations/Migration20261126140000';
import { Migration20261202000000 } from './migrations/Migration20261202000000';
import { Migration20261202090000 } from './migrations/Migration20261202090000';
import { Migration20261202160000 } from './migrations/Migration20261202160000';
import { permissions } from './permissions';
import { caseReferences } from './resolvers/case.reference';
import { CaseConnectionResolver, CaseResolver } from './resolvers/case.resolver';
import { CaseworkResolver } from './resolvers/casework.resolver';
import { HouseholdCasesResolver, SignalCaseResolver } from './resolvers/contributed.resolver';

export const caseSubgraph: SubgraphDefinition = {
  name: 'case',
  database: {
    schema: 'casework',
    entities: [Case, CaseSignal, ContactAttempt, CaseNote],
    migrations: [
      { name: 'Migration20261126000000', class: Migration20261126000000 },
      { name: 'Migration20261126120000', class: Migration20261126120000 },
      { name: 'Migration20261126140000', class: Migration20261126140000 },
      { name: 'Migration20261202000000', class: Migration20261202000000 },
      { name: 'Migration20261202090000', class: Migration20261202090000 },
      { name: 'Migration20261202160000', class: Migration20261202160000 },
    ],
  },
  buildSchema: () => buildFederatedSchema({
    resolvers: [CaseResolver, CaseConnectionResolver, CaseworkResolver, SignalCaseResolver, HouseholdCasesResolver], references: caseReferences, permissions,
  }),
  jobs: {
    [tasks.attachSignals]: attachSignals, [tasks.withdrawSignal]: withdrawCaseSignal, [tasks.retentionSweep]: retentionSweep,
    [tasks.eraseCaseNotes]: eraseHouseholdCaseNotes, [tasks.mergeHouseholds]: mergeHouseholds,
  } satisfies SubgraphJobs<'case'>,
  // Every night at 02:00: erase what is past its retention period.
  schedule: [{ task: tasks.retentionSweep, match: '0 2 * * *', identifier: 'nightly-retention' }],
};
