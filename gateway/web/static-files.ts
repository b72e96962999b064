import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { appSections } from '../../web/src/app/sections';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};


/**
 * Serves the built web app (web/dist): its files, and index.html for its pages. Returns false
 * for everything else, so API paths and unknown paths keep their answers.
 */
export function serveWebApp(req: IncomingMessage, res: ServerResponse, path: string, distDir: string, securityHeaders: Record<string, string>): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = resolveInside(distDir, decodeURIComponent(path));
  if (file && file !== join(distDir, 'index.html') && isFile(file)) {
    const immutable = path.startsWith('/assets/');
    send(req, res, file, { 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    return true;
  }
  const index = join(distDir, 'index.html');
  if (!isAppPage(path) || !isFile(index)) return false;
  send(req, res, index, { 'cache-control': 'no-cache', ...securityHeaders });
  return true;
}

/** `/` and the app's own sections (client-side routes such as /werkbak/zaak/123). */
function isAppPage(path: string): boolean {
  const section = path.split('/')[1];
  return path === '/' || (appSections as readonly string[]).includes(section);
}

function send(req: IncomingMessage, res: ServerResponse, file: string, headers: Record<string, string>): void {
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  if (req.method === 'HEAD') { res.end(); return; }
  createReadStream(file).pipe(res);
}

function resolveInside(root: string, path: string): string | undefined {
  if (path.includes('\0')) return undefined;
  const file = normalize(join(root, path));
  return file.startsWith(root + sep) ? file : undefined;
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}
