import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { GatewayConfig } from '../config';
import { sendJson } from '../server/http';
import { logger } from '../server/logger';

/**
 * Ready only when every subgraph and the database answer, and (under `npm start`) the supervisor
 * has given up on no process. Which part is down helps an operator on a development machine; in
 * production it stays internal (logged).
 */
export async function sendReadiness(res: ServerResponse, config: GatewayConfig, draining: boolean): Promise<void> {
  if (draining) return sendJson(res, 503, { status: 'stopping' }, { connection: 'close' });
  const checks = await Promise.all(Object.entries(config.subgraphs).map(async ([name, { url }]) => {
    try {
      const answer = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2000) });
      return [name, answer.ok] as const;
    } catch {
      return [name, false] as const;
    }
  }));
  const givenUp = givenUpProcesses(config.operations.supervisorStatusFile);
  const ready = checks.every(([, ok]) => ok) && givenUp.length === 0;
  if (!ready) {
    const down = checks.filter(([, ok]) => !ok).map(([name]) => name);
    logger({ service: 'gateway' }).warn({ down, givenUp }, 'not ready');
  }
  const detail = config.mode === 'production' ? {} : { subgraphs: Object.fromEntries(checks), ...(givenUp.length ? { givenUp } : {}) };
  sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...detail });
}

/** The processes `npm start`'s supervisor stopped restarting (its status file; none without one). */
function givenUpProcesses(statusFile: string | undefined): string[] {
  if (!statusFile || !existsSync(statusFile)) return [];
  try {
    const status = JSON.parse(readFileSync(statusFile, 'utf8')) as { processes?: Record<string, { state?: string }> };
    return Object.entries(status.processes ?? {}).filter(([, p]) => p.state === 'given-up').map(([label]) => label);
  } catch {
    return [];
  }
}
