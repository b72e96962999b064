import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface Supervised { label: string; child: ChildProcess; ready: Promise<string> }

/**
 * Starts a TypeScript entry point as a child in its own process group (Ctrl-C reaches only the
 * supervisor, which stops children in order) with an IPC channel: if the supervisor dies,
 * the child sees the channel close and stops too. `ready` resolves with the first line matching `readyWhen`.
 */
export function supervise(label: string, file: string, args: string[], env: NodeJS.ProcessEnv, readyWhen: RegExp, onExit: (code: number | null) => void): Supervised {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', file), ...args], {
    env, stdio: ['ignore', 'pipe', 'inherit', 'ipc'], detached: true,
  });
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      process.stdout.write(text.replace(/^(?=.)/gm, `[${label}] `));
      const line = text.split('\n').find((l) => readyWhen.test(l));
      if (line) resolve(line);
    });
    child.once('exit', (code) => {
      reject(new Error(`${label} exited with code ${code}`));
      onExit(code);
    });
  });
  return { label, child, ready };
}

export function stopChild({ child }: Supervised, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.kill('SIGTERM');
  });
}
