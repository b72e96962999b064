import { projectRoot } from '../../server/project-root';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { GatewayConfig } from '../../config';
import { pageSecurityHeaders, sendAppSettings } from './app-config';
import { issueDevToken } from './dev-login';
import { serveWebApp } from './static-files';

export const webDistDir = join(projectRoot(), 'web', 'dist');

/**
 * What the gateway answers without a token: the web app's files and settings, and (development only)
 * the login page's token endpoint. Returns false for everything else.
 */
export async function servePublic(req: IncomingMessage, res: ServerResponse, path: string, config: GatewayConfig): Promise<boolean> {
  if (req.method === 'GET' && path === '/app-config.json') { sendAppSettings(res, config); return true; }
  if (req.method === 'POST' && path === '/auth/dev-token' && config.web.devLogin) { await issueDevToken(req, res, config); return true; }
  return serveWebApp(req, res, path, webDistDir, pageSecurityHeaders(config));
}
