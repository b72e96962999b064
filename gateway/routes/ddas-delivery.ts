import { createHash } from 'node:crypto';
import { buildDelivery } from '../ddas/delivery';
import { parseDeliveryRequest } from '../ddas/request';
import { sendProblem } from '../problem-details';
import type { GatewayRoute } from '../routes';

/** POST /ddas/v1/gegevens: the national monitor delivery that CBS pulls (ddas/DDAS-VS.yaml). */
export const ddasDeliveryRoute: GatewayRoute = {
  method: 'POST',
  path: '/ddas/v1/gegevens',
  problemDetails: true,
  purpose: 'ddas-monitoring',
  async handle(_req, res, requestBody, ctx) {
    if (ctx.viewer.role !== 'cbs') return sendProblem(res, 403, 'Forbidden', 'Only the DDAS client (role cbs) may pull deliveries');
    const request = parseDeliveryRequest(requestBody, ctx.config);
    if ('problem' in request) return sendProblem(res, 400, 'Bad Request', request.problem);
    const body = JSON.stringify(await buildDelivery(ctx, request, new Date()));
    // RFC 3230 digest of the payload, as the pull API requires on every answer with a body.
    const digest = `SHA-256=${createHash('sha256').update(body).digest('base64')}`;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', digest });
    res.end(body);
  },
};
