import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HubConfig } from '../../config';
import { AuthenticationError, createTokenVerifier } from './auth';
import type { Clock } from './clock';
import type { SubgraphContext } from './context';
import { executeGraphQL, readBody, RequestTooLarge, sendGraphQLError, sendJson } from '../../server/http';
import { checkSignature, requestIdHeader, signatureHeader, timestampHeader } from './signature';
import { SeenRequests } from './seen-requests';
import { reportSecurityEvent } from './security-events';
import type { JobRunnerState } from './job-runner';
import type { Drain } from '../../server/drain';
import { isDatabaseUnavailable, unavailableCode, unavailableMessage } from '../../server/unavailable';
import type { logger } from '../../server/logger';
import { serveMetrics } from '../../server/metrics-endpoint';
import { logRequest } from '../../server/request-log';
import { currentScope, runInScope, traceFromGateway } from '../../server/trace';
import { AccessCollector, type AccessLogSink } from './access-log';
import { defaultPurpose, isPurposeAllowed } from './purpose';
import type { SubgraphDefinition } from './subgraph-server';

/** What one subgraph process answers with: its health, its metrics, and GraphQL the gateway signed. */
export interface SubgraphRequestParts {
  definition: SubgraphDefinition;
  config: HubConfig;
  orm: MikroORM;
  clock: Clock;
  apollo: ApolloServer<SubgraphContext>;
  log: ReturnType<typeof logger>;
  accessLogSink: AccessLogSink;
  drain: Drain;
  /** False with SUBGRAPH_ROLE=worker: the process runs jobs and answers only health and metrics. */
  servesGraphQL: boolean;
  jobRunnerState(): JobRunnerState | undefined;
}

export function subgraphRequestHandler(parts: SubgraphRequestParts): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { definition, config, orm, clock, apollo, log, accessLogSink, drain } = parts;
  const verifyToken = createTokenVerifier(config.auth, config);
  const isFromGateway = gatewaySignatureCheck(definition.name, config.subgraphSigningSecret, new SeenRequests(orm, definition.database.schema));

  /** A purpose the caller's role may not declare: refused before anything runs, and logged. */
  const refusePurpose = async (res: ServerResponse, ctx: SubgraphContext) => {
    ctx.accessLog!.record('request', 'Purpose', ctx.purpose, `Subgraph.${definition.name}`, false);
    await accessLogSink(ctx.accessLog!.take(), ctx);
    sendGraphQLError(res, 403, 'FORBIDDEN', `The purpose "${ctx.purpose}" is not one of your role's purposes`);
  };

  const graphql = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, config.gateway.maxRequestBytes);
    // Nothing is parsed or executed, `_service` and `_entities` included, unless the gateway signed it.
    const forwarded = forwardedHeaders(req);
    if (!(await isFromGateway(req, forwarded, body))) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'Only the gateway may call this service');
    const viewer = await verifyToken(forwarded.authorization);
    currentScope()!.role = viewer.role;
    const ctx: SubgraphContext = {
      viewer, em: orm.em.fork(), clock, config,
      traceId: forwarded['x-trace-id'] ?? '', origin: forwarded['x-client-address'] ?? 'unknown',
      purpose: forwarded['x-purpose'] || defaultPurpose(config, viewer.role),
    };
    ctx.accessLog = new AccessCollector(ctx);
    if (!isPurposeAllowed(config, viewer.role, ctx.purpose)) return refusePurpose(res, ctx);
    await executeGraphQL(apollo, req, res, body, async () => ctx);
  };

  return (req, res) => runInScope(`${definition.name} ${req.method} ${routeOf(req)}`, 'server', traceFromGateway(header(req, 'x-trace-id'), header(req, 'traceparent')), async () => {
    const started = process.hrtime.bigint();
    const route = routeOf(req);
    try {
      // Liveness: the process answers. Readiness (/health, /health/ready): its database and job runner too.
      if (req.method === 'GET' && req.url === '/health/live') return sendJson(res, 200, { status: 'ok' });
      if (req.method === 'GET' && (req.url === '/health' || req.url === '/health/ready')) return drain.draining ? sendJson(res, 503, { status: 'stopping' }) : await sendHealth(res, orm, parts.jobRunnerState());
      if (req.method === 'GET' && req.url === '/metrics') return await serveMetrics(req, res, config.gateway.metricsToken);
      if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) return sendGraphQLError(res, 404, 'NOT_FOUND', 'Not found');
      if (!parts.servesGraphQL) return sendGraphQLError(res, 404, 'NOT_FOUND', 'This process only runs jobs (SUBGRAPH_ROLE=worker)');
      await graphql(req, res);
    } catch (error) {
      if (error instanceof AuthenticationError) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', error.message);
      if (error instanceof RequestTooLarge) return sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', error.message);
      if (isDatabaseUnavailable(error)) return sendGraphQLError(res, 503, unavailableCode, unavailableMessage);
      log.error({ err: error }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    } finally {
      logRequest(log, { service: definition.name, route, method: req.method ?? '', started, res });
    }
  });
}

/** Signed by the gateway for this subgraph, method and path, recently, and never seen before (by any replica). */
function gatewaySignatureCheck(subgraph: string, secret: string, seen: SeenRequests) {
  return async (req: IncomingMessage, forwarded: ReturnType<typeof forwardedHeaders>, body: string): Promise<boolean> => {
    const check = checkSignature(
      secret, { audience: subgraph, method: req.method ?? '', path: req.url ?? '', headers: forwarded, body },
      { signature: header(req, signatureHeader), timestamp: header(req, timestampHeader), requestId: header(req, requestIdHeader) },
    );
    const refused = !check.ok ? check.reason : (await seen.firstTime(check.requestId)) ? undefined : 'replayed';
    if (refused) reportSecurityEvent('subgraph_request_refused', { subgraph, reason: refused, path: req.url, origin: req.socket.remoteAddress });
    return !refused;
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
