import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unavailableCode } from '../server/unavailable';

/**
 * An answer with nothing in it because a subgraph or the database is unavailable is HTTP 503
 * with Retry-After (a client or load balancer retries), not 200; a partial answer stays 200 with
 * the missing parts' errors.
 */
export function unavailableStatusPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.some((e) => e.extensions?.code === unavailableCode)) return;
          if (data && Object.values(data).some((value) => value !== null)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', '1');
        },
      };
    },
  };
}
