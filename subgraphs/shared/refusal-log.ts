import type { ApolloServerPlugin } from '@apollo/server';
import type { SubgraphContext } from './context';

/**
 * Every refusal is logged: a root field the caller's role may not use (FORBIDDEN at the query
 * root) becomes a `denied` access-log record. Refused personal fields are recorded by their rule,
 * refused ids by their resolver. Runs before the access-log plugin writes the request's records.
 */
export function refusalLogPlugin(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          if (response.body.kind !== 'single' || !contextValue.accessLog) return;
          const root = operation?.operation === 'mutation' ? 'Mutation' : 'Query';
          for (const error of response.body.singleResult.errors ?? []) {
            const [field, ...rest] = error.path ?? [];
            if (rest.length > 0 || typeof field !== 'string' || error.extensions?.code !== 'FORBIDDEN') continue;
            contextValue.accessLog.record(operation?.operation === 'mutation' ? 'write' : 'read', root, '-', `${root}.${field}`, false);
          }
        },
      };
    },
  };
}
