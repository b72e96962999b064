import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Pool } from 'pg';

/** CPU (user + system) used so far, in ms, by each named process, and by each database process (by pid); Linux (/proc) only. */
export interface CpuSnapshot { named: Record<string, number>; database?: Map<number, number> }

let ticksPerSecond: number | undefined;

function cpuMsOfPid(pid: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return 0; // the process has ended
  }
}

/**
 * The PostgreSQL server behind `pool`: its postmaster (the parent of a backend) and all of its
 * children, when the server runs on this machine and its processes can be read.
 */
export async function postgresPids(pool: Pool): Promise<() => number[]> {
  const { rows } = await pool.query<{ pid: number }>('select pg_backend_pid() as pid');
  const parent = /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${rows[0].pid}/status`, 'utf8'))?.[1];
  if (!parent) return () => [];
  return () => [Number(parent), ...readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
    try {
      return /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] === parent;
    } catch {
      return false;
    }
  }).map(Number)];
}

/** A snapshot of each group's CPU: hub processes by name, and the database's processes as one. */
export function cpuSnapshot(pids: Record<string, number>, database?: () => number[]): CpuSnapshot {
  return {
    named: Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMsOfPid(pid)])),
    database: database && new Map(database().map((pid) => [pid, cpuMsOfPid(pid)])),
  };
}

/**
 * "CPU per request: gateway 5.9 ms, ..." between two snapshots. The database's processes are
 * summed per pid: one started in between counts whole, one that ended in between takes its CPU
 * with it (the pools keep their connections, so that is rare).
 */
export function describeCpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): string {
  const perRequest = (ms: number) => `${(ms / Math.max(1, requests)).toFixed(1)} ms`;
  const parts = Object.keys(after.named).map((name) => `${name} ${perRequest(after.named[name] - (before.named[name] ?? 0))}`);
  if (after.database) {
    let used = 0;
    for (const [pid, ms] of after.database) used += ms - (before.database?.get(pid) ?? 0);
    parts.push(`PostgreSQL ${perRequest(used)}`);
  }
  return `  CPU per request: ${parts.join(', ')}`;
}
