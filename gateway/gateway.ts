import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { readFileSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { GatewayConfig, SubgraphName } from '../config';
import { AuthenticationError, createTokenVerifier } from '../subgraphs/shared/auth';
import { apolloOptions } from '../server/apollo-options';
import { clientAddress, executeGraphQL, readBody, RequestTooLarge, sendGraphQLError, sendJson, slowClientLimits } from '../server/http';
import { Drain } from '../server/drain';
import { projectRoot } from '../server/project-root';
import { ServiceUnavailable, unavailableCode } from '../server/unavailable';
import { logger } from '../server/logger';
import { serveMetrics } from '../server/metrics-endpoint';
import { nulGuardPlugin } from '../server/nul-guard';
import { logRequest, noteErrorCodes, requestObserverPlugin } from '../server/request-log';
import { currentScope, runInScope, traceFrom } from '../server/trace';
import { defaultPurpose, purposePattern } from '../subgraphs/shared/purpose';
import type { GatewayContext } from './context';
import { operationLimitRules } from './limits';
import { listArgumentLimitPlugin } from './list-limit';
import { gatewayRoutes, routeContext, type GatewayRoute } from './routes';
import { sendProblem } from './problem-details';
import { sendReadiness } from './readiness';
import { SigningDataSource } from './signing-data-source';
import { reportSubgraphHealth } from './subgraph-health';

import { unavailableStatusPlugin } from './unavailable-status';
import { servePublic } from './web';

export interface RunningGateway { url: string; close(): Promise<void> }

export const supergraphPath = join(projectRoot(), 'schema', 'supergraph.graphql');

/** The one public endpoint: verifies the caller, then plans each operation across the subgraphs. */
export async function startGateway(config: GatewayConfig, port: number, host = config.gateway.host, routes: GatewayRoute[] = gatewayRoutes): Promise<RunningGateway> {
  const production = config.mode === 'production';
  const log = logger({ service: 'gateway' });
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name }) => new SigningDataSource(config.subgraphs[name as SubgraphName].url, config.subgraphSigningSecret, name, config.operations.subgraphTimeoutMs),
  });
  const apollo = new ApolloServer<GatewayContext>({
    ...apolloOptions(production),
    logger: log,
    gateway,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: operationLimitRules(config.limits),
    plugins: [requestObserverPlugin(), nulGuardPlugin(), listArgumentLimitPlugin(config.limits.maxListLength), unavailableStatusPlugin()],
  });
  await apollo.start();
  const verifyToken = createTokenVerifier(config.auth, config);
  const drain = new Drain();

  const handle = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<string> => {
    if (req.method === 'GET' && path === '/health/live') { sendJson(res, 200, { status: 'ok' }); return path; }
    if (req.method === 'GET' && path === '/health/ready') { await sendReadiness(res, config, drain.draining); return path; }
    if (req.method === 'GET' && path === '/metrics') { await serveMetrics(req, res, config.gateway.metricsToken); return path; }
    if (await servePublic(req, res, path, config)) return path.startsWith('/auth/') || path === '/app-config.json' ? path : 'web';
    const onPath = routes.filter((r) => r.path === path);
    const route = onPath.find((r) => r.method === req.method);
    if (path !== '/graphql' && onPath.length === 0) { sendGraphQLError(res, 404, 'NOT_FOUND', 'Not found'); return 'other'; }
    if (onPath.length && !route) {
      res.setHeader('allow', onPath.map((r) => r.method).join(', '));
      refuse(res, onPath[0], 405, 'METHOD_NOT_ALLOWED', `Use ${onPath.map((r) => r.method).join(' or ')} for ${path}`);
      return path;
    }
    const body = await readBody(req, config.gateway.maxRequestBytes);
    const authorization = String(req.headers.authorization ?? '');
    const viewer = await verifyToken(authorization).catch((error) => {
      if (!(route?.problemDetails && error instanceof AuthenticationError)) throw error;
      noteErrorCodes(['UNAUTHENTICATED']);
      res.setHeader('fsc-error-code', 'ERROR_CODE_ACCESS_TOKEN_INVALID');
      res.writeHead(401, { 'content-type': 'application/problem+json' }).end(JSON.stringify({
        code: 'ERROR_CODE_ACCESS_TOKEN_INVALID', domain: 'ERROR_DOMAIN_INWAY', title: 'Unauthorized', detail: error.message, status: 401,
      }));
      return undefined;
    });
    if (!viewer) return path;
    const scope = currentScope()!;
    scope.role = viewer.role;
    const purpose = route?.purpose ?? requestedPurpose(req) ?? defaultPurpose(config, viewer.role);
    if (!purposePattern.test(purpose)) { refuse(res, route, 400, 'BAD_REQUEST', 'X-Purpose must be a short lower-case name such as "casework"'); return path; }
    const context: GatewayContext = { viewer, authorization, origin: clientAddress(req), traceId: scope.trace.traceId, purpose };
    if (route) await route.handle(req, res, body, routeContext(apollo, config, context));
    else await executeGraphQL(apollo, req, res, body, async () => context);
    return path;
  };

  const serve = drain.wrap(async (req, res) => {
    const started = process.hrtime.bigint();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path);
    let label = path === '/graphql' || route ? path : 'unknown';
    try {
      label = await handle(req, res, path);
    } catch (error) {
      if (error instanceof AuthenticationError) refuse(res, route, 401, 'UNAUTHENTICATED', error.message);
      else if (error instanceof RequestTooLarge) refuse(res, route, 413, 'PAYLOAD_TOO_LARGE', error.message);
      else if (error instanceof ServiceUnavailable && !res.headersSent) {
        res.setHeader('retry-after', '1');
        refuse(res, route, 503, unavailableCode, error.message);
      } else {
        log.error({ err: error }, 'request failed');
        if (!res.headersSent) refuse(res, route, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      }
    } finally {
      logRequest(log, { service: 'gateway', route: label, method: req.method ?? '', started, res });
    }
  });
  const server = createServer(slowClientLimits(config.gateway), (req, res) => runInScope(spanName(req, routes), 'server', traceFrom(firstHeader(req, 'traceparent')), () => {
    // Every answer, refusals included (a 503 while stopping too), names its trace: a partner can quote it, an operator find its log lines.
    res.setHeader('x-trace-id', currentScope()!.trace.traceId);
    serve(req, res);
  }));
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  const stopReportingHealth = reportSubgraphHealth(config.subgraphs);
  return {
    url: `http://${host}:${actualPort}`,
    /** Graceful: requests in flight finish (at most SHUTDOWN_TIMEOUT_SECONDS), new ones are refused. */
    async close() {
      stopReportingHealth();
      await drain.close(server, config.operations.shutdownTimeoutMs);
      await apollo.stop();
    },
  };
}

/** Refuses a request in the shape its route promises: problem details (DDAS) or a GraphQL error. */
function refuse(res: ServerResponse, route: GatewayRoute | undefined, status: number, code: string, message: string): void {
  noteErrorCodes([code]);
  if (route?.problemDetails) sendProblem(res, status, STATUS_CODES[status] ?? 'Error', status === 500 ? undefined : message);
  else sendGraphQLError(res, status, code, message);
}

function requestedPurpose(req: IncomingMessage): string | undefined {
  return firstHeader(req, 'x-purpose') || undefined;
}

/** A span's name: the method and a known path (never a path a client made up). */
function spanName(req: IncomingMessage, routes: GatewayRoute[]): string {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const known = path === '/graphql' || path.startsWith('/health/') || path === '/metrics' || routes.some((r) => r.path === path);
  return `${req.method} ${known ? path : 'other'}`;
}

function firstHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
