import type { GraphQLFormattedError } from 'graphql';
import { maskError } from './mask-error';

/** What the gateway and every subgraph configure alike: no schema leaks, no stack traces in production. */
export function apolloOptions(production: boolean) {
  return {
    introspection: !production,
    hideSchemaDetailsFromClientErrors: true,
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted: GraphQLFormattedError, error: unknown) => maskError(formatted, error, production),
  };
}
