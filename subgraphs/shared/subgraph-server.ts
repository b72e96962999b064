import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { CronItem } from 'graphile-worker';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { processSecrets, type HubConfig, type SubgraphName } from '../../config';
import { AuthenticationError, createTokenVerifier } from './auth';
import { systemClock, type Clock } from './clock';
import type { SubgraphContext } from './context';
import { openOrm, type SubgraphDatabase } from './db';
import { executeGraphQL, readBody, RequestTooLarge, sendGraphQLError, sendJson, slowClientLimits } from '../../server/http';
import { apolloOptions } from '../../server/apollo-options';
import { checkSignature, requestIdHeader, signatureHeader, timestampHeader } from './signature';
import { SeenRequests } from './seen-requests';
import { reportSecurityEvent } from './security-events';
import { startWorker, type JobHandlers } from './worker';
import type { JobRunnerState } from './job-runner';
import { nulGuardPlugin } from '../../server/nul-guard';
import { Drain } from '../../server/drain';
import { isDatabaseUnavailable, unavailableCode, unavailableMessage } from '../../server/unavailable';
import { logger } from '../../server/logger';
import { serveMetrics } from '../../server/metrics-endpoint';
import { logRequest, requestObserverPlugin } from '../../server/request-log';
import { currentScope, runInScope, traceFromGateway } from '../../server/trace';
import { reportQueue } from './queue-metrics';
import { AccessCollector, accessLogPlugin, type AccessLogSink } from './access-log';
import { forwardToHousehold } from './access-log-forward';
import { defaultPurpose, isPurposeAllowed } from './purpose';
import { refusalLogPlugin } from './refusal-log';
import { personalDataCipher } from './personal-data-cipher';

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
  const schema = await definition.buildSchema();
  const accessLogSink = definition.accessLogSink ?? forwardToHousehold;
  const log = logger({ service: definition.name });
  const apollo = new ApolloServer<SubgraphContext>({
    ...apolloOptions(config.mode === 'production'),
    logger: log,
    schema,
    // No cache hints: they would wrap every field's resolver in instrumentation.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), requestObserverPlugin(), nulGuardPlugin(), refusalLogPlugin(), accessLogPlugin(accessLogSink)],
  });
  await apollo.start();
  const verifyToken = createTokenVerifier(config.auth, config);
  const seen = new SeenRequests(orm, definition.database.schema);
  /** Signed by the gateway for this subgraph, method and path, recently, and never seen before (by any replica). */
  const isFromGateway = async (req: IncomingMessage, forwarded: ReturnType<typeof forwardedHeaders>, body: string) => {
    const check = checkSignature(
      config.subgraphSigningSecret, { audience: definition.name, method: req.method ?? '', path: req.url ?? '', headers: forwarded, body },
      { signature: header(req, signatureHeader), timestamp: header(req, timestampHeader), requestId: header(req, requestIdHeader) },
    );
    const refused = !check.ok ? check.reason : (await seen.firstTime(check.requestId)) ? undefined : 'replayed';
    if (refused) reportSecurityEvent('subgraph_request_refused', { subgraph: definition.name, reason: refused, path: req.url, origin: req.socket.remoteAddress });
    return !refused;
  };

  /** A purpose the caller's role may not declare: refused before anything runs, and logged. */
  const refusePurpose = async (res: ServerResponse, ctx: SubgraphContext) => {
    ctx.accessLog!.record('request', 'Purpose', ctx.purpose, `Subgraph.${definition.name}`, false);
    await accessLogSink(ctx.accessLog!.take(), ctx);
    sendGraphQLError(res, 403, 'FORBIDDEN', `The purpose "${ctx.purpose}" is not one of your role's purposes`);
  };

  const drain = new Drain();
  const server = createServer(slowClientLimits(config.gateway), drain.wrap((req, res) => runInScope(`${definition.name} ${req.method} ${routeOf(req)}`, 'server', traceFromGateway(header(req, 'x-trace-id'), header(req, 'traceparent')), async () => {
    const started = process.hrtime.bigint();
    const route = routeOf(req);
    try {
      // Liveness: the process answers. Readiness (/health, /health/ready): its database and job runner too.
      if (req.method === 'GET' && req.url === '/health/live') return sendJson(res, 200, { status: 'ok' });
      if (req.method === 'GET' && (req.url === '/health' || req.url === '/health/ready')) return drain.draining ? sendJson(res, 503, { status: 'stopping' }) : await sendHealth(res, orm, runner?.state);
      if (req.method === 'GET' && req.url === '/metrics') return await serveMetrics(req, res, config.gateway.metricsToken);
      if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) return sendGraphQLError(res, 404, 'NOT_FOUND', 'Not found');
      if (role === 'worker') return sendGraphQLError(res, 404, 'NOT_FOUND', 'This process only runs jobs (SUBGRAPH_ROLE=worker)');
      const body = await readBody(req, config.gateway.maxRequestBytes);
      // Nothing is parsed or executed, `_service` and `_entities` included, unless the gateway signed it.
      const forwarded = forwardedHeaders(req);
      if (!(await isFromGateway(req, forwarded, body))) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'Only the gateway may call this service');
      const viewer = await verifyToken(forwarded.authorization);
      currentScope()!.role = viewer.role;
      const context = async (): Promise<SubgraphContext> => {
        const ctx: SubgraphContext = {
          viewer, em: orm.em.fork(), clock, config,
          traceId: forwarded['x-trace-id'] ?? '', origin: forwarded['x-client-address'] ?? 'unknown',
          purpose: forwarded['x-purpose'] || defaultPurpose(config, viewer.role),
        };
        return Object.assign(ctx, { accessLog: new AccessCollector(ctx) });
      };
      const ctx = await context();
      if (!isPurposeAllowed(config, viewer.role, ctx.purpose)) return refusePurpose(res, ctx);
      await executeGraphQL(apollo, req, res, body, async () => ctx);
    } catch (error) {
      if (error instanceof AuthenticationError) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', error.message);
      if (error instanceof RequestTooLarge) return sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', error.message);
      if (isDatabaseUnavailable(error)) return sendGraphQLError(res, 503, unavailableCode, unavailableMessage);
      log.error({ err: error }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    } finally {
      logRequest(log, { service: definition.name, route, method: req.method ?? '', started, res });
    }
  })));
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const place = { databaseUrl: deps.databaseUrl, subgraph: definition.name, schema: definition.database.schema };
  const runsJobs = deps.runJobs !== false && role !== 'http';
  const runner = !runsJobs ? undefined : await startWorker(place, orm, definition.jobs, { clock, config }, definition.schedule);
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

/** Readiness for the gateway: this process answers, its database does too, and its job runner runs. Reveals nothing else. */
async function sendHealth(res: ServerResponse, orm: MikroORM, jobs: JobRunnerState | undefined): Promise<void> {
  try {
    await orm.em.getConnection().execute('select 1');
    if (jobs && jobs !== 'running') return sendJson(res, 503, { status: 'unavailable', jobs });
    sendJson(res, 200, { status: 'ok' });
  } catch {
    sendJson(res, 503, { status: 'unavailable' });
  }
}

function routeOf(req: IncomingMessage): string {
  return ['/graphql', '/health', '/metrics'].find((path) => req.url?.startsWith(path)) ?? 'other';
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function forwardedHeaders(req: IncomingMessage) {
  return {
    authorization: header(req, 'authorization'),
    'x-client-address': header(req, 'x-client-address'),
    'x-trace-id': header(req, 'x-trace-id'),
    'x-purpose': header(req, 'x-purpose'),
  };
}
