import { childEnv, subgraphNames, type HubConfig, type ProcessName } from '../../config';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { stopChild } from '../../scripts/supervisor';

interface Supervised { label: string; child: ChildProcess; ready: Promise<string> }

export interface HubProcesses {
  url: string;
  /** Process id of each service, to tell their CPU profiles apart. */
  pids: Record<string, number>;
  stop(): Promise<void>;
}

export interface HubProcessOptions {
  /** Write a V8 CPU profile of every process into this folder when it stops. */
  cpuProfileDir?: string;
  /**
   * Run the compiled JavaScript of dist/ with plain node and NODE_ENV=production, as the Dockerfile
   * does, not the sources through tsx (`npm start`). Production mode also switches libraries to
   * their production paths (graphql-js skips its development checks). The development secrets of
   * DATA_DIR are handed over explicitly, with the settings production requires.
   */
  compiled?: boolean;
}

/**
 * The hub as `npm start` runs it: each subgraph and the gateway its own process, on the ports of
 * `config` (PORT, SIGNAL_PORT, ...), sharing `config.dataDir`'s development secrets; the sources
 * through tsx, or (`compiled`) dist/'s JavaScript with plain node, as production runs it.
 */
export async function startHubProcesses(config: HubConfig, databaseUrl: string, options: HubProcessOptions = {}): Promise<HubProcesses> {
  const settings = {
    DATA_DIR: config.dataDir,
    // Log lines as production writes them (JSON); the developer's pretty format is formatted in-process, at a cost.
    LOG_FORMAT: 'json',
    PORT: String(config.gateway.port),
    ...Object.fromEntries(subgraphNames.map((name) => [`${name.toUpperCase()}_PORT`, String(config.subgraphs[name].port)])),
    ...Object.fromEntries(subgraphNames.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${config.subgraphs[name].port}/graphql`])),
    ...(options.compiled ? productionSettings(config) : {}),
  };
  // Each process gets only its own secrets, as under `npm start`.
  const envOf = (name: ProcessName) => childEnv(name, { ...config, databaseUrl }, settings);
  // Node refuses --cpu-prof in NODE_OPTIONS: it goes on the command line.
  const nodeArgs = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const start = (label: ProcessName, file: string, args: string[]) => service(label, file, args, nodeArgs, envOf(label), died(label), options.compiled ?? false);
  const children: Supervised[] = [];
  let stopping = false;
  const died = (label: string) => (code: number | null) => {
    if (!stopping) console.error(`${label} stopped unexpectedly (exit code ${code})`);
  };
  for (const name of subgraphNames) children.push(start(name, 'subgraphs/main.ts', [name]));
  await Promise.all(children.map((c) => c.ready));
  const gateway = start('gateway', 'gateway/main.ts', []);
  children.push(gateway);
  await gateway.ready;
  return { url: `http://127.0.0.1:${config.gateway.port}/graphql`, ...supervised(children, () => { stopping = true; }) };
}

/** The processes' ids by label, and a stop that ends them all (`onStop` first, so their exits are expected). */
function supervised(children: Supervised[], onStop: () => void): Omit<HubProcesses, 'url'> {
  return {
    pids: Object.fromEntries(children.map((c) => [c.label, c.child.pid!])),
    async stop() {
      onStop();
      await Promise.all(children.map((c) => stopChild(c, 90_000)));
    },
  };
}

/**
 * `sets` copies of the four subgraphs with SUBGRAPH_ROLE=worker (jobs only, as an operator adds
 * worker replicas), each process on its own health port from `firstPort` on, on one database.
 */
export async function startWorkerProcesses(config: HubConfig, databaseUrl: string, sets: number, firstPort: number, compiled = false): Promise<Omit<HubProcesses, 'url'>> {
  const children: Supervised[] = [];
  let stopping = false;
  for (let set = 0; set < sets; set++) {
    subgraphNames.forEach((name, i) => {
      const settings = {
        DATA_DIR: config.dataDir, LOG_FORMAT: 'json', SUBGRAPH_ROLE: 'worker', [`${name.toUpperCase()}_PORT`]: String(firstPort + set * subgraphNames.length + i),
        ...(compiled ? productionSettings(config) : {}),
      };
      const onExit = (code: number | null) => { if (!stopping) console.error(`${name} worker ${set + 1} stopped unexpectedly (exit code ${code})`); };
      children.push(service(`${name}-worker-${set + 1}`, 'subgraphs/main.ts', [name], [], childEnv(name, { ...config, databaseUrl }, settings), onExit, compiled));
    });
  }
  await Promise.all(children.map((c) => c.ready));
  return supervised(children, () => { stopping = true; });
}

/** What production mode requires besides the secrets (which childEnv hands over), with the development values. */
function productionSettings(config: HubConfig): Record<string, string> {
  return { NODE_ENV: 'production', AUTH_ISSUER: config.auth.issuer, AUTH_AUDIENCE: config.auth.audience, ACCESS_LOG_CHECKPOINT_DIR: config.accessLog.checkpointDir };
}

/** One service process; its output is kept quiet unless it fails to start. */
function service(label: string, file: string, args: string[], nodeArgs: string[], env: NodeJS.ProcessEnv, onExit: (code: number | null) => void, compiled: boolean): Supervised {
  const root = join(__dirname, '..', '..');
  const entry = compiled ? [join(root, 'dist', file.replace(/\.ts$/, '.js'))] : ['--import', 'tsx', join(root, file)];
  const child = spawn(process.execPath, [...nodeArgs, ...entry, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Only the tail is kept (for the error report), and searched only until ready: the services log
  // every request and job, and scanning all of it per chunk would slow this process, then the
  // services blocked on writing to its pipes.
  let output = '';
  let started = false;
  const ready = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (started) return;
      const line = output.split('\n').find((l) => /ready at/.test(l));
      if (line) {
        started = true;
        resolve(line);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      reject(new Error(`${label} exited with code ${code}:\n${output.slice(-2000)}`));
      onExit(code);
    });
  });
  return { label, child, ready };
}
