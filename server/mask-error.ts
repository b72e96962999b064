import type { GraphQLFormattedError } from 'graphql';
import { logger } from './logger';
import { isDatabaseUnavailable, unavailableCode, unavailableMessage } from './unavailable';

const clientCodes = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'PAYLOAD_TOO_LARGE',
  'INVALID_TRANSITION', unavailableCode,
]);

/**
 * A client sees a message only for errors meant for it; anything else (SQL, stack traces,
 * service names or URLs) becomes a plain internal error, in development as in production.
 * The full error goes to the process's log instead.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, _production: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (clientCodes.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (isDatabaseUnavailable(error)) {
    logger({ service: 'graphql' }).warn({ err: error }, 'database unavailable');
    return { message: unavailableMessage, path: formatted.path, extensions: { code: unavailableCode } };
  }
  logger({ service: 'graphql' }).error({ err: error }, 'internal error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
