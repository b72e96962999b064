import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendGraphQLError } from './http';
import { metricsContentType, renderMetrics } from './metrics';
import { noteErrorCodes } from './request-log';

/** GET /metrics of any hub process: its own credential, so no user token (and no anonymous scraper) reads it. */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse, metricsToken: string): Promise<void> {
  if (!sameSecret(String(req.headers.authorization ?? ''), `Bearer ${metricsToken}`)) {
    noteErrorCodes(['UNAUTHENTICATED']);
    return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>');
  }
  const body = await renderMetrics();
  res.writeHead(200, { 'content-type': metricsContentType }).end(body);
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, createHash('sha256').update(expected).digest());
}
