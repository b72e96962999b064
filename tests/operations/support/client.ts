import type { GraphQLResponse } from '../../support/hub';

/** One GraphQL request to a hub's gateway, as a client sends it. */
export async function graphqlAt<T = any>(url: string, token: string, query: string, variables?: Record<string, unknown>, timeoutMs = 60_000): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
