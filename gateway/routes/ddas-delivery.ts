import type { ServerResponse } from 'node:http';
import { buildDelivery } from '../ddas/delivery';
import { parseDeliveryRequest } from '../ddas/request';
import type { GatewayRoute } from '../routes';

/** RFC 9457 problem details, as the DDAS pull API answers errors. */
export function sendProblem(res: ServerResponse, status: number, title: string, detail?: string): void {
  res.writeHead(status, { 'content-type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) }));
}

/** POST /ddas/v1/gegevens: the national monitor delivery that CBS pulls (ddas/DDAS-VS.yaml). */
export const ddasDeliveryRoute: GatewayRoute = {
  method: 'POST',
  path: '/ddas/v1/gegevens',
  problemDetails: true,
  purpose: 'ddas-monitoring',
  async handle(_req, res, body, ctx) {
    if (ctx.viewer.role !== 'cbs') return sendProblem(res, 403, 'Forbidden', 'Only the DDAS client (role cbs) may pull deliveries');
    const request = parseDeliveryRequest(body, ctx.config);
    if ('problem' in request) return sendProblem(res, 400, 'Bad Request', request.problem);
    const delivery = await buildDelivery(ctx, request, new Date());
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(delivery));
  },
};
