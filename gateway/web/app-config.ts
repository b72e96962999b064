import type { ServerResponse } from 'node:http';
import type { GatewayConfig } from '../../config';
import { sendJson } from '../../server/http';

/** What the web app needs before anyone logs in: how to log in, and the pilot's names (no personal data). */
export function appSettings(config: GatewayConfig) {
  const { oidcAuthority, oidcClientId, oidcScope, devLogin } = config.web;
  return {
    login: {
      oidc: oidcAuthority ? { authority: oidcAuthority, clientId: oidcClientId, scope: oidcScope } : null,
      development: devLogin,
    },
    municipalities: config.municipalities.map(({ code, name }) => ({ code, name })),
    partners: config.partners.map(({ code, name, type }) => ({ code, name, type })),
  };
}

export function sendAppSettings(res: ServerResponse, config: GatewayConfig): void {
  sendJson(res, 200, appSettings(config), { 'cache-control': 'no-cache' });
}

/** Headers for the app's pages: only our own scripts, and the identity provider for login. */
export function pageSecurityHeaders(config: GatewayConfig): Record<string, string> {
  const provider = config.web.oidcAuthority ? ` ${new URL(config.web.oidcAuthority).origin}` : '';
  return {
    'content-security-policy': [
      "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
      `connect-src 'self'${provider}`, `frame-src 'self'${provider}`, `form-action 'self'${provider}`,
      // 'self': the silent renewal of a login runs the app's own callback page in a hidden frame.
      "frame-ancestors 'self'", "base-uri 'self'", "object-src 'none'",
    ].join('; '),
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'SAMEORIGIN',
  };
}
