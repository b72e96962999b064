import { cacheExchange, Client, fetchExchange } from 'urql';
import type { SessionStore } from '../auth/session-store';

/**
 * The GraphQL client. Every request carries the session's token; when the session has run out
 * the request waits until the user has logged in again, then goes on (nothing typed is lost).
 */
export function createApiClient(sessions: SessionStore): Client {
  const authorizedFetch: typeof fetch = async (input, init) => {
    const send = (token: string | undefined) => fetch(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const response = await send(await sessions.validToken());
    if (response.status !== 401 || !sessions.getState().session) return response;
    sessions.markExpired();
    return send(await sessions.validToken());
  };
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    fetch: authorizedFetch,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
