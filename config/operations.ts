import { resolve } from 'node:path';

type Env = Record<string, string | undefined>;

export const subgraphRoles = ['http', 'worker', 'both'] as const;
export type SubgraphRole = (typeof subgraphRoles)[number];

/** How the processes start, stop, recover and are supervised (README "Operating the hub"). */
export interface OperationsConfig {
  /** In-flight requests and running jobs get this long to finish after SIGTERM/SIGINT. */
  shutdownTimeoutMs: number;
  /** The gateway gives up on a subgraph call after this long (the query answers without that part). */
  subgraphTimeoutMs: number;
  /** What a subgraph process does: serve HTTP, run jobs, or both. */
  subgraphRole: SubgraphRole;
  /** A job runner without a heartbeat for this long is dead: its jobs are unlocked and retried. */
  workerDeadAfterMs: number;
  /** `npm start` gives up on a process that crashed this many times within `restartWindowMs`. */
  maxCrashes: number;
  restartWindowMs: number;
  /** Written by `npm start`'s supervisor (processes, restarts, given up); the gateway's readiness reads it. */
  supervisorStatusFile?: string;
}

/** Reads the operations settings, pushing every problem like the rest of loadConfig. */
export function operationsConfig(env: Env, problems: string[]): OperationsConfig {
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return value;
  };
  const role = (env.SUBGRAPH_ROLE || 'both') as SubgraphRole;
  if (!subgraphRoles.includes(role)) problems.push(`SUBGRAPH_ROLE must be one of ${subgraphRoles.join(', ')}, got "${env.SUBGRAPH_ROLE}"`);
  return {
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_SECONDS', 25, 1, 3600) * 1000,
    subgraphTimeoutMs: int('SUBGRAPH_TIMEOUT_MS', 15_000, 100, 600_000),
    subgraphRole: role,
    workerDeadAfterMs: int('WORKER_DEAD_AFTER_SECONDS', 30, 5, 3600) * 1000,
    maxCrashes: int('RESTART_MAX_CRASHES', 5, 1, 1000),
    restartWindowMs: int('RESTART_WINDOW_SECONDS', 300, 10, 86_400) * 1000,
    supervisorStatusFile: env.SUPERVISOR_STATUS_FILE ? resolve(env.SUPERVISOR_STATUS_FILE) : undefined,
  };
}
