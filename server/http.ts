import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerOptions, ServerResponse } from 'node:http';

export class RequestTooLarge extends Error {}

export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) { chunks.push(chunk); return; }
      // Answer 413 at once and discard the rest, so the client can read the answer; a body far
      // beyond the limit is cut off.
      reject(new RequestTooLarge(`The request body is larger than ${maxBytes} bytes`));
      chunks.length = 0;
      if (size > 4 * maxBytes) req.destroy();
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** A GraphQL-shaped error response for rejections that happen before execution. */
export function sendGraphQLError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** Parses the body ourselves so broken JSON gets a clear 400, then lets Apollo execute. */
export async function executeGraphQL<C extends BaseContext>(
  apollo: ApolloServer<C>, req: IncomingMessage, res: ServerResponse, rawBody: string, context: () => Promise<C>,
): Promise<void> {
  let body: unknown;
  if (req.method === 'POST') {
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
    }
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  for (const [name, value] of result.headers) res.setHeader(name, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * A client that trickles its headers or body is cut off after these times (Node's defaults are
 * 60 s and 300 s, checked every 30 s): a handful of slow connections must not hold the server.
 */
export function slowClientLimits(limits: { headersTimeoutMs: number; requestTimeoutMs: number }): ServerOptions {
  return {
    headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  };
}
