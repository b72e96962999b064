import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { loadConfig, subgraphNames, type HubConfig, type SubgraphName } from '../../config';
import { startGateway } from '../../gateway/gateway';
import { signDevToken, type TokenClaims } from '../../scripts/dev-token';
import { subgraphs } from '../../subgraphs';
import { migrateDatabase } from '../../subgraphs/migrate';
import { provisionSubgraphRoles, type SubgraphRole } from '../../subgraphs/database-roles';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/shared/subgraph-server';
import { TestClock } from './clock';
import { createTestDatabase } from './database';

export interface TestHub {
  url: string;
  clock: TestClock;
  config: HubConfig;
  /** Raw access for assertions about what is (not) stored; tests never change data through it. */
  db: Pool;
  subgraphUrls: Record<string, string>;
  /** Each subgraph's own database login (unless leastPrivilege is false). */
  roleUrls?: Record<string, string>;
  token(claims: TokenClaims): Promise<string>;
  graphql<T>(token: string | undefined, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  waitForJobs(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T> { status: number; data?: T; errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } }> }

export interface TestHubOptions {
  env?: Record<string, string>;
  /**
   * Each subgraph connects as its own role (provisionSubgraphRoles), as `npm start` runs it; `false`:
   * as the schema owner (only for a test that must compare the two).
   */
  leastPrivilege?: boolean;
}

/** The whole hub on a fresh database: four subgraphs and the gateway on real HTTP ports. */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const { databaseUrl, drop } = await createTestDatabase();
  await migrateDatabase(databaseUrl);

  const env = { ...testHubEnvironment(databaseUrl), ...options.env };
  // Everything, for the tests' own use (tokens, keys to inspect what is stored); each process below gets only its own.
  const config = loadConfig(env);
  const clock = new TestClock();
  const running: RunningSubgraph[] = [];
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let roleUrls: Record<SubgraphName, string> | undefined;
  const roles = testRoles(new URL(databaseUrl).pathname.slice(1));
  const gatewayConfig = loadConfig(env, 'gateway');
  try {
    roleUrls = options.leastPrivilege === false ? undefined : await provisionSubgraphRoles(databaseUrl, roles);
    for (const name of subgraphNames) {
      const own = roleUrls?.[name] ?? databaseUrl;
      const subgraph = await startSubgraph(subgraphs[name], { config: loadConfig({ ...env, DATABASE_URL: own }, name), databaseUrl: own, clock }, 0);
      running.push(subgraph);
      config.subgraphs[name].url = subgraph.url;
      gatewayConfig.subgraphs[name].url = subgraph.url;
    }
    gateway = await startGateway(gatewayConfig, 0, '127.0.0.1');
  } catch (error) {
    for (const subgraph of running) await subgraph.close();
    throw error;
  }
  const db = new Pool({ connectionString: databaseUrl, max: 2 });

  return {
    url: gateway.url,
    clock,
    config,
    db,
    roleUrls,
    subgraphUrls: Object.fromEntries(subgraphNames.map((name) => [name, config.subgraphs[name].url])),
    token: (claims) => signDevToken(config.auth, claims),
    async graphql(token, query, variables, headers = {}) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    waitForJobs: (timeoutMs) => waitForJobs(db, timeoutMs),
    async close() {
      await gateway.close();
      for (const subgraph of running) await subgraph.close();
      await db.end();
      await drop();
      if (roleUrls) await dropRoles(Object.values(roles).map((r) => r.user));
    },
  };
}

/** The settings of a hub on this database, with fresh secrets and a data directory of its own. */
export function testHubEnvironment(databaseUrl: string): Record<string, string> {
  const secret = () => randomBytes(32).toString('base64url');
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-data-'));
  return {
    DATABASE_URL: databaseUrl, AUTH_JWT_SECRET: secret(), SUBGRAPH_SIGNING_SECRET: secret(), LOOKUP_HASH_KEY: secret(), EVALUATION_PSEUDONYM_KEY: secret(),
    ACCESS_LOG_MAC_KEY: secret(), ACCESS_LOG_CHECKPOINT_DIR: join(dataDir, 'access-log-checkpoints'), METRICS_TOKEN: secret(),
    DATA_DIR: dataDir,
    // A test checks what the hub answers, not how fast: a busy machine must not turn a slow subgraph
    // into 503s (tests/operations/subgraph-timeout.test.ts checks the bound itself).
    SUBGRAPH_TIMEOUT_MS: '60000',
  };
}

/** Waits until the queue is empty; a job that failed is reported with its error instead of waited for. */
async function waitForJobs(db: Pool, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query('select task_identifier, attempts, last_error from graphile_worker.jobs');
    if (rows.length === 0) return;
    const failed = rows.find((r) => r.last_error);
    if (failed) throw new Error(`Job ${failed.task_identifier} failed: ${failed.last_error}`);
    if (Date.now() > deadline) throw new Error(`${rows.length} jobs still queued after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Roles are cluster-wide: each test database gets its own, named after it. */
function testRoles(database: string): Record<SubgraphName, SubgraphRole> {
  return Object.fromEntries(subgraphNames.map((name) => [name, { user: `${database}_${name}`, password: randomBytes(16).toString('hex') }])) as Record<SubgraphName, SubgraphRole>;
}

async function dropRoles(users: string[]): Promise<void> {
  const admin = new Client({ connectionString: process.env.HUB_TEST_ADMIN_URL! });
  await admin.connect();
  try {
    for (const user of users) await admin.query(`drop role if exists "${user}"`);
  } finally {
    await admin.end();
  }
}
