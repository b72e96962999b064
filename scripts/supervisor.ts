import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServiceSpec { label: string; file: string; args: string[]; env: NodeJS.ProcessEnv; readyWhen: RegExp }

export interface RestartPolicy {
  /** Crashes within `windowMs` after which a process is given up on. */
  maxCrashes: number;
  windowMs: number;
  firstBackoffMs?: number;
  maxBackoffMs?: number;
}

type State = 'starting' | 'running' | 'restarting' | 'given-up' | 'stopped';

export interface Supervised {
  label: string;
  /** Resolves with the first ready line (of any incarnation); rejects when the process is given up before that. */
  ready: Promise<string>;
  state: State;
  child?: ChildProcess;
  crashes: number[];
  restarts: number;
}

/**
 * Runs each entry point as a child in its own process group (Ctrl-C reaches only the supervisor,
 * which stops children in order), with an IPC channel: if the supervisor dies, the child sees the
 * channel close and stops too. A child that exits on its own is restarted with exponential backoff;
 * one that keeps crashing is given up on, and the rest keeps serving. Every change is written to
 * `statusFile`, which the gateway's readiness reads.
 */
export class Supervisor {
  private readonly services: Supervised[] = [];
  private stopping = false;

  constructor(private readonly policy: RestartPolicy, private readonly statusFile?: string) {}

  start(spec: ServiceSpec): Supervised {
    let resolveReady!: (line: string) => void;
    let rejectReady!: (error: Error) => void;
    const ready = new Promise<string>((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
    ready.catch(() => undefined);
    const service: Supervised = { label: spec.label, ready, state: 'starting', crashes: [], restarts: 0 };
    this.services.push(service);
    const launch = () => {
      if (this.stopping) return;
      const child = spawnEntry(spec);
      service.child = child;
      service.state = 'starting';
      this.writeStatus();
      child.stdout!.on('data', (chunk: Buffer) => {
        const text = chunk.toString();
        process.stdout.write(text.replace(/^(?=.)/gm, `[${spec.label}] `));
        if (service.state === 'starting' && text.split('\n').some((l) => spec.readyWhen.test(l))) {
          service.state = 'running';
          resolveReady(text.split('\n').find((l) => spec.readyWhen.test(l))!);
          this.writeStatus();
        }
      });
      child.once('exit', (code, signal) => {
        if (this.stopping || service.state === 'stopped') return;
        const backoff = this.crashed(service);
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        if (backoff === undefined) {
          service.state = 'given-up';
          console.error(`[supervisor] ${spec.label} crashed ${service.crashes.length} times within ${this.policy.windowMs / 1000} s (last: ${how}): giving up on it. `
            + 'The rest of the hub keeps running; /health/ready answers 503 naming it. Fix the cause and restart npm start.');
          rejectReady(new Error(`${spec.label} was given up on`));
        } else {
          service.state = 'restarting';
          console.error(`[supervisor] ${spec.label} stopped unexpectedly (${how}); restarting it in ${(backoff / 1000).toFixed(1)} s `
            + `(crash ${service.crashes.length} of ${this.policy.maxCrashes} allowed within ${this.policy.windowMs / 1000} s)`);
          setTimeout(() => { service.restarts += 1; launch(); }, backoff).unref();
        }
        this.writeStatus();
      });
    };
    launch();
    return service;
  }

  /** Records a crash; returns the delay before the restart, or undefined to give up. */
  private crashed(service: Supervised): number | undefined {
    const now = Date.now();
    service.crashes = [...service.crashes.filter((at) => now - at < this.policy.windowMs), now];
    if (service.crashes.length >= this.policy.maxCrashes) return undefined;
    const first = this.policy.firstBackoffMs ?? 500;
    return Math.min(first * 2 ** (service.crashes.length - 1), this.policy.maxBackoffMs ?? 30_000);
  }

  /** Stops the services group by group, in the order given (e.g. gateway, then subgraphs, then database). */
  async stop(groups: Supervised[][], timeoutMs: number): Promise<void> {
    this.stopping = true;
    for (const group of groups) await Promise.all(group.map((s) => stopChild(s, timeoutMs)));
    this.writeStatus();
  }

  private writeStatus(): void {
    if (!this.statusFile) return;
    const processes = Object.fromEntries(this.services.map((s) => [s.label, { state: s.state, pid: s.child?.pid, restarts: s.restarts }]));
    // Written whole and renamed, so a reader never sees half a file.
    writeFileSync(`${this.statusFile}.tmp`, JSON.stringify({ supervisorPid: process.pid, processes }, null, 2));
    renameSync(`${this.statusFile}.tmp`, this.statusFile);
  }
}

/** TypeScript through tsx in development; the compiled JavaScript beside this file after `npm run build`. */
function spawnEntry(spec: ServiceSpec): ChildProcess {
  const compiled = __filename.endsWith('.js');
  const entry = join(__dirname, '..', compiled ? spec.file.replace(/\.ts$/, '.js') : spec.file);
  if (compiled && !existsSync(entry)) throw new Error(`${entry} is missing: run npm run build`);
  return spawn(process.execPath, [...(compiled ? [] : ['--import', 'tsx']), entry, ...spec.args], {
    env: spec.env, stdio: ['ignore', 'pipe', 'inherit', 'ipc'], detached: true,
  });
}

export function stopChild(service: { child?: ChildProcess; state?: State }, timeoutMs = 30_000): Promise<void> {
  const { child } = service;
  service.state = 'stopped';
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    // Past the timeout the whole process group goes, so nothing it started outlives it.
    const force = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { child.kill('SIGKILL'); } }, timeoutMs);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.kill('SIGTERM');
  });
}
