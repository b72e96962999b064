import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayConfig } from '../../config';
import { signDevToken } from '../../scripts/dev-token';
import { readBody, sendGraphQLError, sendJson } from '../../server/http';
import { roles } from '../../subgraphs/shared/viewer';

/**
 * POST /auth/dev-token: the development login page's token, for any pilot role. Exists only when
 * `config.web.devLogin` (development mode with the HS256 secret); production answers 404.
 */
export async function issueDevToken(req: IncomingMessage, res: ServerResponse, config: GatewayConfig): Promise<void> {
  let body: { role?: unknown; municipality?: unknown; org?: unknown; expiresInSeconds?: unknown };
  try {
    body = JSON.parse(await readBody(req, 10_000));
  } catch {
    return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
  }
  const role = String(body.role ?? '');
  const municipality = typeof body.municipality === 'string' ? body.municipality : undefined;
  const org = typeof body.org === 'string' ? body.org : undefined;
  if (!(roles as readonly string[]).includes(role)) return sendGraphQLError(res, 400, 'BAD_REQUEST', `role must be one of ${roles.join(', ')}`);
  if (role === 'consultant' && !config.municipalities.some((m) => m.code === municipality)) {
    return sendGraphQLError(res, 400, 'BAD_REQUEST', 'municipality must be a configured gemeentecode');
  }
  if (role === 'partner' && !config.partners.some((p) => p.code === org)) return sendGraphQLError(res, 400, 'BAD_REQUEST', 'org must be a configured partner');
  // Never longer than the hub accepts (AUTH_MAX_TOKEN_LIFETIME_SECONDS).
  const maxLifetimeSeconds = config.auth.maxTokenLifetimeSeconds;
  const lifetime = Number(body.expiresInSeconds ?? maxLifetimeSeconds);
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > maxLifetimeSeconds) {
    return sendGraphQLError(res, 400, 'BAD_REQUEST', `expiresInSeconds must be 1 to ${maxLifetimeSeconds}`);
  }
  const token = await signDevToken(config.auth, {
    role, municipality: role === 'consultant' ? municipality : undefined, org: role === 'partner' ? org : undefined,
  }, `${lifetime}s`);
  sendJson(res, 200, { token, expiresAt: new Date(Date.now() + lifetime * 1000).toISOString() }, { 'cache-control': 'no-store' });
}
