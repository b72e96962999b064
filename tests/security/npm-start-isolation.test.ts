import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig, subgraphNames } from '../../config';
import { signDevToken, type TokenClaims } from '../../scripts/dev-token';
import { aSignal, tokens } from '../support/builders';
import { caseFields, reportSignalsMutation } from '../support/operations';

/**
 * `npm start` as a developer runs it, on its embedded PostgreSQL: what each of its processes was
 * given, read from the operating system (/proc/<pid>/environ), not from our own bookkeeping.
 */
describe('npm start: each process gets only its own secrets and its own database role', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-start-'));
  const base = 42000 + Math.floor(Math.random() * 200) * 10;
  const env: NodeJS.ProcessEnv = {
    ...process.env, DATA_DIR: dataDir, PORT: String(base), EMBEDDED_PG_PORT: String(base + 9),
    SIGNAL_PORT: String(base + 1), HOUSEHOLD_PORT: String(base + 2), CASE_PORT: String(base + 3), EVALUATION_PORT: String(base + 4),
  };
  // Secrets of this test run's own environment must not leak into the hub's children either.
  for (const variable of ['DATABASE_URL', 'AUTH_JWT_SECRET', 'LOOKUP_HASH_KEY', 'PERSONAL_DATA_KEYS', 'METRICS_TOKEN']) delete env[variable];
  let hub: ChildProcess;
  let output = '';
  const gateway = `http://127.0.0.1:${base}/graphql`;

  /** The environment of every process of this hub, by role (found by its DATA_DIR, whoever its parent is). */
  const processes = () => {
    const found: Record<string, Record<string, string>> = {};
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      let cmdline: string; let environ: string;
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
      } catch { continue; }
      if (!environ.includes(`DATA_DIR=${dataDir}\0`)) continue;
      const args = cmdline.split('\0');
      const role = args.some((a) => a.endsWith('gateway/main.ts') || a.endsWith('gateway/main.js')) ? 'gateway'
        : subgraphNames.find((name) => args.some((a) => /subgraphs\/main\.(t|j)s$/.test(a)) && args.includes(name));
      if (role) found[role] = Object.fromEntries(environ.split('\0').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
    }
    return found;
  };

  beforeAll(async () => {
    hub = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output.slice(-3000)}`)), 240_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('hub is running')) { clearTimeout(timer); resolve(); }
      };
      hub.stdout!.on('data', read);
      hub.stderr!.on('data', read);
      hub.once('exit', (code) => { clearTimeout(timer); reject(new Error(`npm start exited (${code}):\n${output.slice(-3000)}`)); });
    });
  }, 260_000);

  afterAll(async () => {
    if (hub.exitCode !== null) return;
    const exited = new Promise((resolve) => hub.once('exit', resolve));
    process.kill(-hub.pid!, 'SIGINT');
    await exited;
  }, 60_000);

  it('gives the gateway no database login and no key that hashes or decrypts personal data', () => {
    const { gateway: own } = processes();
    expect(own).toBeDefined();
    for (const variable of ['DATABASE_URL', 'LOOKUP_HASH_KEY', 'PERSONAL_DATA_KEYS', 'EVALUATION_PSEUDONYM_KEY', 'ACCESS_LOG_MAC_KEY']) expect(own[variable]).toBeUndefined();
    expect(own.SUBGRAPH_SIGNING_SECRET?.length).toBeGreaterThanOrEqual(32);
  });

  it('gives each subgraph its own role and only the keys its data needs', async () => {
    const found = processes();
    expect(found.evaluation.PERSONAL_DATA_KEYS).toBeUndefined();
    expect(found.evaluation.LOOKUP_HASH_KEY).toBeUndefined();
    expect(found.case.LOOKUP_HASH_KEY).toBeUndefined();
    expect(found.signal.ACCESS_LOG_MAC_KEY).toBeUndefined();
    expect(found.household.ACCESS_LOG_MAC_KEY?.length).toBeGreaterThanOrEqual(32);
    for (const name of subgraphNames) {
      expect(new URL(found[name].DATABASE_URL).username).toBe(`voor_elkaar_${name}`);
    }
    // The login the case subgraph was given cannot read the residents' table: PostgreSQL says no.
    const client = new Client({ connectionString: found.case.DATABASE_URL });
    await client.connect();
    try {
      await expect(client.query('select surname from household.resident')).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });

  it('still does the whole job under these roles: a partner reports, a consultant sees the case', async () => {
    const auth = loadConfig({ DATA_DIR: dataDir }, ['AUTH_JWT_SECRET']).auth;
    const call = async (claims: TokenClaims, query: string, variables?: object) => {
      const response = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await signDevToken(auth, claims)}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    };
    const reported = await call(tokens.vechtdalWonen, reportSignalsMutation, { signals: [aSignal({ resident: { surname: 'Rolvast' } })] });
    expect(reported.errors).toBeUndefined();
    expect(reported.data.reportSignals.accepted).toHaveLength(1);
    let surnames: string[] = [];
    for (let attempt = 0; attempt < 120 && !surnames.includes('Rolvast'); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const cases = await call(tokens.consultantOmmen, `{ cases(first: 25) { edges { node { ${caseFields} } } } }`);
      expect(cases.errors).toBeUndefined();
      surnames = cases.data.cases.edges.flatMap((e: any) => e.node.household.residents.map((r: any) => r.surname));
    }
    expect(surnames).toContain('Rolvast');
  }, 90_000);
});
