import type { ServerResponse } from 'node:http';

/** RFC 9457 problem details, as the DDAS pull API answers errors. */
export function sendProblem(res: ServerResponse, status: number, title: string, detail?: string): void {
  res.writeHead(status, { 'content-type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) }));
}
