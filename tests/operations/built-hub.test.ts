import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aSignal, tokens } from '../support/builders';
import { createTestDatabase } from '../support/database';
import { reportSignalsMutation } from '../support/operations';
import { graphqlAt } from './support/client';
import { freePorts } from './support/ports';
import { startProcessHub, type ProcessHub } from './support/process-hub';

const root = join(__dirname, '..', '..');
const node = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });

/** Production as documented: compiled with tsc into dist/, migrated on its own, every process run by plain node. */
describe('the built hub', () => {
  let hub: ProcessHub | undefined;
  const databases: Array<Awaited<ReturnType<typeof createTestDatabase>>> = [];
  /** Each test's own database, and the environment to migrate it with the compiled script. */
  const aDatabase = async () => {
    const database = await createTestDatabase();
    databases.push(database);
    return { database, migrateEnv: { DATABASE_URL: database.databaseUrl, DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-migrate-')) } };
  };
  beforeAll(() => {
    const build = node([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {});
    expect({ status: build.status, output: build.stdout + build.stderr }).toEqual({ status: 0, output: '' });
  }, 150_000);
  afterAll(async () => {
    await hub?.stop();
    for (const database of databases) await database.drop();
  });

  it('migrates with `node dist/scripts/migrate.js`, saying what it applied, and again finds it up to date', async () => {
    const { migrateEnv } = await aDatabase();
    const first = node(['dist/scripts/migrate.js'], migrateEnv);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/migrate: case \(schema casework\): applied Migration\d+/);
    expect(first.stdout).toMatch(/migrate: done, the database is up to date/);
    const again = node(['dist/scripts/migrate.js'], migrateEnv);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/migrate: household \(schema household\): up to date/);
    const unreachable = node(['dist/scripts/migrate.js'], { ...migrateEnv, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(/migrate: failed/);
  }, 120_000);

  it('runs with node alone, with the case subgraph split into an HTTP process and a worker process', async () => {
    const { database, migrateEnv } = await aDatabase();
    expect(node(['dist/scripts/migrate.js'], migrateEnv).status).toBe(0);
    hub = await startProcessHub(database.databaseUrl, {}, { compiled: true, subgraphEnv: { case: { SUBGRAPH_ROLE: 'http' } } });
    const [workerPort] = await freePorts(1);
    const worker = await hub.startSubgraph('case', 'case-worker', { SUBGRAPH_ROLE: 'worker', CASE_PORT: String(workerPort) });
    for (const started of Object.values(hub.processes)) expect(started.child.spawnargs.join(' ')).not.toMatch(/tsx|\.ts\b/);
    expect(worker.output()).toMatch(/SUBGRAPH_ROLE=worker/);
    expect(hub.processes.case.output()).toMatch(/SUBGRAPH_ROLE=http/);
    const refused = await fetch(`http://127.0.0.1:${workerPort}/graphql`, { method: 'POST', body: '{}' });
    expect(refused.status).toBe(404);
    // What the orchestrator probes on every process (deploy/k8s).
    expect((await fetch(`http://127.0.0.1:${workerPort}/health/live`)).status).toBe(200);

    const partner = await hub.token(tokens.vechtdalWonen);
    const signal = aSignal();
    const { data } = await graphqlAt(hub.url, partner, reportSignalsMutation, { signals: [signal] });
    expect(data.reportSignals.accepted).toHaveLength(1);
    // Only the worker process runs the case subgraph's jobs: the case appears once it has.
    const consultant = await hub.token(tokens.consultantOmmen);
    for (;;) {
      const { data: found, errors } = await graphqlAt(hub.url, consultant, '{ cases(first: 10) { edges { node { id signals { externalId } } } } }');
      expect(errors).toBeUndefined();
      if (found.cases.edges.some((e: any) => e.node.signals.some((s: any) => s.externalId === signal.externalId))) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const ready = await fetch(`${hub.url}/health/ready`);
    expect(ready.status).toBe(200);
  }, 120_000);
});
