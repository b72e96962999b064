import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ServerResponse } from 'node:http';
import type { Logger } from './logger';
import { graphqlDuration, graphqlErrors, httpRequests, operationLabel } from './metrics';
import { currentScope } from './trace';

/** Notes the operation's name and the codes of the errors answered, for the request's log line. */
export function requestObserverPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const scope = currentScope();
          if (scope) scope.operation = operationName ?? '';
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
          noteErrorCodes(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')));
        },
      };
    },
  };
}

/** For refusals answered before GraphQL runs (401, 413, ...). */
export function noteErrorCodes(codes: string[]): void {
  currentScope()?.errorCodes.push(...codes);
}

export interface RequestLine { service: string; route: string; method: string; started: bigint; res: ServerResponse }

/**
 * One line per request, and its metrics. Only what an operator needs and nothing a request
 * carries: no token, no variables, no personal data; the operation's name, not its text.
 * Probes, scrapes and static files are logged at debug level.
 */
export function logRequest(log: Logger, { service, route, method, started, res }: RequestLine): void {
  const scope = currentScope();
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  const status = res.statusCode;
  const isGraphQL = route === '/graphql';
  const errorCodes = [...new Set(scope?.errorCodes ?? [])];
  httpRequests.inc({ service, route, status: String(status) });
  if (isGraphQL) graphqlDuration.observe({ service, operation: operationLabel(scope?.operation), status: String(status) }, durationMs / 1000);
  // Codes are the hub's own (masked errors become INTERNAL_SERVER_ERROR); anything else is counted as OTHER.
  for (const code of scope?.errorCodes ?? []) graphqlErrors.inc({ service, code: /^[A-Z][A-Z_]{0,39}$/.test(code) ? code : 'OTHER' });
  const quiet = !isGraphQL && (route === 'web' || route.startsWith('/health') || route === '/metrics');
  const level = status >= 500 ? 'error' : quiet ? 'debug' : 'info';
  log[level]({
    route, method, status, durationMs: Math.round(durationMs * 10) / 10, role: scope?.role,
    operation: isGraphQL ? loggedName(scope?.operation) : undefined, errorCodes: errorCodes.length ? errorCodes : undefined,
  }, 'request');
  scope?.span?.end({
    'http.request.method': method, 'http.route': route, 'http.response.status_code': status, 'enduser.role': scope.role,
    'graphql.operation.name': isGraphQL ? loggedName(scope.operation) : undefined, 'hub.error_codes': errorCodes.join(',') || undefined,
  }, status >= 500);
}

function loggedName(operation: string | undefined): string {
  return operation === undefined ? 'unknown' : (operation || 'anonymous').slice(0, 100);
}
