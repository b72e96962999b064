import type { ApolloServer } from '@apollo/server';
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { GatewayConfig } from '../config';
import { AuthenticationError, type TokenVerifier } from '../subgraphs/shared/auth';
import { clientAddress, executeGraphQL, readBody, RequestTooLarge, sendGraphQLError, sendJson } from '../server/http';
import type { Drain } from '../server/drain';
import { ServiceUnavailable, unavailableCode } from '../server/unavailable';
import type { logger } from '../server/logger';
import { serveMetrics } from '../server/metrics-endpoint';
import { logRequest, noteErrorCodes } from '../server/request-log';
import { currentScope } from '../server/trace';
import { defaultPurpose, purposePattern } from '../subgraphs/shared/purpose';
import type { GatewayContext } from './context';
import { routeContext, type GatewayRoute } from './routes';
import { sendProblem } from './problem-details';
import { sendReadiness } from './readiness';
import { servePublic } from './web';

/** What the gateway answers with: health, metrics, the web app, its routes beside /graphql, and GraphQL. */
export interface GatewayRequestParts {
  config: GatewayConfig;
  apollo: ApolloServer<GatewayContext>;
  routes: GatewayRoute[];
  verifyToken: TokenVerifier;
  drain: Drain;
  log: ReturnType<typeof logger>;
}

/** Every request: answered by `handle`, a failure mapped to its status (never an internal detail), one log line. */
export function gatewayRequestHandler(parts: GatewayRequestParts): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const handle = requestAnswerer(parts);
  return async (req, res) => {
    const started = process.hrtime.bigint();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = parts.routes.find((r) => r.path === path);
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
        parts.log.error({ err: error }, 'request failed');
        if (!res.headersSent) refuse(res, route, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      }
    } finally {
      logRequest(parts.log, { service: 'gateway', route: label, method: req.method ?? '', started, res });
    }
  };
}

/** Answers one request; returns the label its log line and metrics use (a known path, never one a client made up). */
function requestAnswerer({ config, apollo, routes, verifyToken, drain }: GatewayRequestParts) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<string> => {
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

export function firstHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
