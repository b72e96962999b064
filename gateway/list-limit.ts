import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Bounds every list a client sends in variables (a literal list in the query is bounded by
 * MAX_QUERY_TOKENS): 100,000 municipality codes in `ddasSignals` once grew a subgraph to 535 MB.
 * Refused with 400 before anything is planned.
 */
export function listArgumentLimitPlugin(maxLength: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const longest = longestList(request.variables);
          if (longest > maxLength) {
            throw new GraphQLError(`A list in the variables has ${longest} items; at most ${maxLength} are allowed`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function longestList(value: unknown, depth = 0): number {
  if (depth > 20 || value === null || typeof value !== 'object') return 0;
  const items = Array.isArray(value) ? value : Object.values(value);
  let longest = Array.isArray(value) ? value.length : 0;
  for (const item of items) longest = Math.max(longest, longestList(item, depth + 1));
  return longest;
}
