import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, subgraphNames, type HubConfig } from '../../../config';
import { signDevToken, type TokenClaims } from '../../../scripts/dev-token';
import { freePorts } from './ports';

export interface SupervisedHub {
  url: string;
  config: HubConfig;
  /** Everything `npm start` printed so far (all its processes). */
  output(): string;
  /** The process id of each supervised process now (postgres, the subgraphs, gateway). */
  pids(): Record<string, number>;
  states(): Record<string, string>;
  token(claims: TokenClaims): Promise<string>;
  /** Waits until `check` holds, polling; fails with the hub's last output after `timeoutMs`. */
  until(what: string, check: () => Promise<boolean> | boolean, timeoutMs?: number): Promise<void>;
  ready(): Promise<{ status: number; body: any }>;
  /** SIGTERM to `npm start`, as Ctrl-C would; resolves with its exit code. */
  stop(): Promise<number | null>;
  supervisor: ChildProcess;
}

/**
 * The hub exactly as `npm start` runs it (scripts/start.ts under tsx), with its own embedded
 * PostgreSQL, data directory and ports, so a test can kill its processes.
 */
export async function startSupervisedHub(env: Record<string, string> = {}): Promise<SupervisedHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-ops-'));
  chmodSync(dataDir, 0o755);
  const [gateway, pg, ...subgraphPorts] = await freePorts(2 + subgraphNames.length);
  const hubEnv: Record<string, string> = {
    DATA_DIR: dataDir, PORT: String(gateway), EMBEDDED_PG_PORT: String(pg),
    ...Object.fromEntries(subgraphNames.map((name, i) => [`${name.toUpperCase()}_PORT`, String(subgraphPorts[i])])),
    ...env,
  };
  const childEnv = { ...process.env, ...hubEnv };
  for (const name of ['DATABASE_URL', 'NODE_ENV', ...subgraphNames.map((n) => `${n.toUpperCase()}_URL`)]) if (!(name in hubEnv)) delete childEnv[name];
  const config = loadConfig(hubEnv);
  const supervisor = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', '..', 'scripts', 'start.ts')], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  supervisor.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  supervisor.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)));
  const status = () => JSON.parse(readFileSync(join(dataDir, 'supervisor-status.json'), 'utf8')).processes as Record<string, { pid: number; state: string }>;
  const url = `http://127.0.0.1:${gateway}`;
  const hub: SupervisedHub = {
    url, config, supervisor,
    output: () => output,
    pids: () => Object.fromEntries(Object.entries(status()).map(([label, p]) => [label, p.pid])),
    states: () => Object.fromEntries(Object.entries(status()).map(([label, p]) => [label, p.state])),
    token: (claims) => signDevToken(config.auth, claims),
    async until(what, check, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await Promise.resolve(check()).catch(() => false))) {
        if (supervisor.exitCode !== null) throw new Error(`npm start exited (${supervisor.exitCode}) while waiting for ${what}:\n${output.slice(-3000)}`);
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}:\n${output.slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    async ready() {
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(5000) });
      return { status: response.status, body: await response.json() };
    },
    async stop() {
      if (supervisor.exitCode === null) supervisor.kill('SIGTERM');
      return exited;
    },
  };
  try {
    await hub.until('the hub to start', () => output.includes('hub is running'), 150_000);
  } catch (error) {
    await hub.stop();
    throw error;
  }
  return hub;
}

/** Whether a process is alive. */
export function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}
