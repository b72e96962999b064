import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, subgraphNames, type HubConfig } from '../../../config';
import { signDevToken, type TokenClaims } from '../../../scripts/dev-token';
import { freePorts } from './ports';

export interface HubProcess { label: string; child: ChildProcess; exited: Promise<number | null>; output(): string }

export interface ProcessHub {
  url: string;
  config: HubConfig;
  processes: Record<string, HubProcess>;
  token(claims: TokenClaims): Promise<string>;
  /** Starts one more process of a subgraph on the hub's database (another replica, or a worker). */
  startSubgraph(name: string, label: string, env?: Record<string, string>): Promise<HubProcess>;
  /** Starts one more gateway (PORT and the subgraph URLs in `env`). */
  startGateway(label: string, env: Record<string, string>): Promise<HubProcess>;
  stop(): Promise<void>;
}

const root = join(__dirname, '..', '..', '..');

/**
 * The four subgraphs and the gateway, each its own process as in production (no supervisor), on
 * `databaseUrl` with free ports and fresh secrets, so a test can signal, stop or kill any of them.
 */
export interface ProcessHubOptions {
  /** Run the compiled JavaScript in dist/ with plain node (after `npm run build`) instead of the sources through tsx. */
  compiled?: boolean;
  /** Extra environment of one subgraph's first process (e.g. SUBGRAPH_ROLE). */
  subgraphEnv?: Record<string, Record<string, string>>;
}

export async function startProcessHub(databaseUrl: string, env: Record<string, string> = {}, options: ProcessHubOptions = {}): Promise<ProcessHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-procs-'));
  chmodSync(dataDir, 0o755);
  const [gateway, ...ports] = await freePorts(1 + subgraphNames.length);
  const secret = () => randomBytes(32).toString('base64url');
  const hubEnv: Record<string, string> = {
    DATABASE_URL: databaseUrl, DATA_DIR: dataDir, PORT: String(gateway),
    AUTH_JWT_SECRET: secret(), SUBGRAPH_SIGNING_SECRET: secret(), LOOKUP_HASH_KEY: secret(), EVALUATION_PSEUDONYM_KEY: secret(),
    ACCESS_LOG_MAC_KEY: secret(), METRICS_TOKEN: secret(),
    ...Object.fromEntries(subgraphNames.map((name, i) => [`${name.toUpperCase()}_PORT`, String(ports[i])])),
    ...Object.fromEntries(subgraphNames.map((name, i) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[i]}/graphql`])),
    ...env,
  };
  const config = loadConfig(hubEnv);
  const processes: Record<string, HubProcess> = {};
  const start = (label: string, file: string, args: string[], extra: Record<string, string> = {}) => {
    const entry = options.compiled ? ['dist/' + file.replace(/\.ts$/, '.js')] : ['--import', 'tsx', file];
    const child = spawn(process.execPath, [...entry.slice(0, -1), join(root, entry[entry.length - 1]), ...args], {
      env: { ...process.env, NODE_ENV: 'development', ...hubEnv, ...extra }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const started: HubProcess = { label, child, exited, output: () => output };
    processes[label] = started;
    return new Promise<HubProcess>((resolve, reject) => {
      const timer = setInterval(() => { if (/ready at/.test(output)) { clearInterval(timer); resolve(started); } }, 50);
      void exited.then((code) => { clearInterval(timer); reject(new Error(`${label} exited with ${code}:\n${output.slice(-3000)}`)); });
    });
  };
  const hub: ProcessHub = {
    url: `http://127.0.0.1:${gateway}`,
    config,
    processes,
    token: (claims) => signDevToken(config.auth, claims),
    startSubgraph: (name, label, extra = {}) => start(label, 'subgraphs/main.ts', [name], extra),
    startGateway: (label, extra) => start(label, 'gateway/main.ts', [], extra),
    async stop() {
      await Promise.all(Object.values(processes).map(async ({ child, exited }) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }));
    },
  };
  try {
    await Promise.all(subgraphNames.map((name) => hub.startSubgraph(name, name, options.subgraphEnv?.[name])));
    await start('gateway', 'gateway/main.ts', []);
  } catch (error) {
    await hub.stop();
    throw error;
  }
  return hub;
}
