import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { CronItem } from 'graphile-worker';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { processSecrets, type HubConfig, type SubgraphName } from '../../config';
import { systemClock, type Clock } from './clock';
import type { SubgraphContext } from './context';
import { openOrm, type SubgraphDatabase } from './db';
import { slowClientLimits } from '../../server/http';
import { apolloOptions } from '../../server/apollo-options';
import { startWorker, type JobHandlers } from './worker';
import { nulGuardPlugin } from '../../server/nul-guard';
import { Drain } from '../../server/drain';
import { logger } from '../../server/logger';
import { requestObserverPlugin } from '../../server/request-log';
import { reportQueue } from './queue-metrics';
import { accessLogPlugin, type AccessLogSink } from './access-log';
import { forwardToHousehold } from './access-log-forward';
import { refusalLogPlugin } from './refusal-log';
import { personalDataCipher } from './personal-data-cipher';
import { subgraphRequestHandler } from './subgraph-requests';

/** Everything that makes one subgraph; every subgraph's index.ts exports one of these. */
export interface SubgraphDefinition {
  name: SubgraphName;
  database: SubgraphDatabase;
  buildSchema(): Promise<GraphQLSchema>;
  jobs: JobHandlers;
  /** Scheduled jobs of this subgraph (graphile-worker cron items). */
  schedule?: CronItem[];
  /** Where access-log records go; default: a job to the household subgraph, which keeps the log. */
  accessLogSink?: AccessLogSink;
}

export interface SubgraphDeps {
  config: HubConfig;
  databaseUrl: string;
  clock?: Clock;
  /** Tests may run without the job worker to drive jobs themselves (SUBGRAPH_ROLE=http does the same). */
  runJobs?: boolean;
}

export interface RunningSubgraph {
  url: string;
  orm: MikroORM;
  close(): Promise<void>;
}

export async function startSubgraph(definition: SubgraphDefinition, deps: SubgraphDeps, port: number, host = '127.0.0.1'): Promise<RunningSubgraph> {
  const { config } = deps;
  /** SUBGRAPH_ROLE: serve HTTP (GraphQL), run the jobs, or both; /health and /metrics always answer. */
  const role = config.operations.subgraphRole;
  const clock = deps.clock ?? systemClock;
  // A subgraph without personal data (evaluation) is given no key that could decrypt any.
  const holdsPersonalData = processSecrets[definition.name].includes('PERSONAL_DATA_KEYS');
  const orm = await openOrm(deps.databaseUrl, definition.database, 5, holdsPersonalData ? personalDataCipher(config.privacy.personalData) : undefined);
  const accessLogSink = definition.accessLogSink ?? forwardToHousehold;
  const log = logger({ service: definition.name });
  const apollo = await startApollo(definition, config, accessLogSink, log);

  const drain = new Drain();
  let runner: Awaited<ReturnType<typeof startWorker>>;
  const handle = subgraphRequestHandler({
    definition, config, orm, clock, apollo, log, accessLogSink, drain, servesGraphQL: role !== 'worker', jobRunnerState: () => runner?.state,
  });
  const server = createServer(slowClientLimits(config.gateway), drain.wrap(handle));
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const place = { databaseUrl: deps.databaseUrl, subgraph: definition.name, schema: definition.database.schema };
  const runsJobs = deps.runJobs !== false && role !== 'http';
  runner = !runsJobs ? undefined : await startWorker(place, orm, definition.jobs, { clock, config }, definition.schedule);
  const { port: actualPort } = server.address() as AddressInfo;
  const stopReportingQueue = reportQueue(definition.name, Object.keys(definition.jobs), orm);

  return {
    url: `http://${host}:${actualPort}/graphql`,
    orm,
    /**
     * Graceful: requests in flight and running jobs finish, new ones are refused, for at most
     * SHUTDOWN_TIMEOUT_SECONDS; a job still running then stays locked until the queue's sweep
     * releases it (README "Operating the hub").
     */
    async close() {
      stopReportingQueue();
      const timeoutMs = config.operations.shutdownTimeoutMs;
      // The runner may have stopped itself already (e.g. after losing its database).
      const jobsDone = runner?.stop().catch(() => undefined);
      await drain.close(server, timeoutMs);
      await Promise.race([jobsDone, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
      await apollo.stop();
      await orm.close(true);
    },
  };
}

async function startApollo(definition: SubgraphDefinition, config: HubConfig, accessLogSink: AccessLogSink, log: ReturnType<typeof logger>): Promise<ApolloServer<SubgraphContext>> {
  const apollo = new ApolloServer<SubgraphContext>({
    ...apolloOptions(config.mode === 'production'),
    logger: log,
    schema: await definition.buildSchema(),
    // No cache hints: they would wrap every field's resolver in instrumentation.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), requestObserverPlugin(), nulGuardPlugin(), refusalLogPlugin(), accessLogPlugin(accessLogSink)],
  });
  await apollo.start();
  return apollo;
}
