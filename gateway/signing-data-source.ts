import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from './context';
import { signatureHeaders, signedHeaders } from '../subgraphs/shared/signature';
import { currentScope, traceparentOf } from '../server/trace';
import { timedFetch } from './subgraph-timing';
import { unavailableResponse } from './subgraph-unavailable';

type FetchInit = { body?: string; headers?: any; [key: string]: unknown };

/**
 * Forwards the caller's token and address to a subgraph and signs the exact bytes sent,
 * so a subgraph can refuse anything that did not come through this gateway. A call is bounded
 * by `timeoutMs` (SUBGRAPH_TIMEOUT_MS); a subgraph that does not answer is answered for
 * (subgraph-unavailable.ts).
 */
export class SigningDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, secret: string, subgraph: string, timeoutMs: number) {
    super({
      url,
      fetcher: (async (input: string, init: FetchInit = {}) => {
        const headers = new Headers(Object.fromEntries(toEntries(init.headers)));
        const bound = Object.fromEntries(signedHeaders.map((name) => [name, headers.get(name) ?? undefined]));
        const { pathname, search } = new URL(input);
        const method = String(init.method ?? 'POST');
        const signed = signatureHeaders(secret, { audience: subgraph, method, path: pathname + search, headers: bound, body: init.body ?? '' });
        for (const [name, value] of Object.entries(signed)) headers.set(name, value);
        let response: Response;
        try {
          response = await timedFetch(subgraph, () => fetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) } as RequestInit));
        } catch {
          return unavailableResponse(init.body);
        }
        if ([502, 503, 504].includes(response.status)) return unavailableResponse(init.body);
        return asGraphQLResponse(response);
      }) as any,
    });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (!context?.authorization) return;
    request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set('x-client-address', context.origin);
    request.http?.headers.set('x-trace-id', context.traceId);
    request.http?.headers.set('x-purpose', context.purpose);
    // Not signed: the signed x-trace-id names the trace; this only adds the gateway's span as parent.
    const scope = currentScope();
    if (scope) request.http?.headers.set('traceparent', traceparentOf(scope.trace));
  }
}

/**
 * A subgraph refuses a bad request with a 4xx and a GraphQL body saying why (GraphQL over HTTP).
 * Handed on as a failed response it would reach the client as an internal error; handed on as the
 * GraphQL response it is, its errors and their codes reach the client as the subgraph wrote them.
 */
async function asGraphQLResponse(response: Response): Promise<Response> {
  if (response.ok || response.status >= 500 || !/json/.test(response.headers.get('content-type') ?? '')) return response;
  const text = await response.text();
  let body: unknown;
  try { body = JSON.parse(text); } catch { body = undefined; }
  const isGraphQL = Array.isArray((body as { errors?: unknown })?.errors) && (body as { errors: unknown[] }).errors.length > 0;
  return new Response(text, { status: isGraphQL ? 200 : response.status, statusText: response.statusText, headers: response.headers });
}

function toEntries(headers: unknown): Array<[string, string]> {
  if (!headers) return [];
  if (typeof (headers as Headers).forEach === 'function' && !Array.isArray(headers)) {
    const entries: Array<[string, string]> = [];
    (headers as Headers).forEach((value, name) => entries.push([name, value]));
    return entries;
  }
  return Object.entries(headers as Record<string, string>);
}
