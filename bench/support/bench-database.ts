import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, startEmbeddedPostgres } from '../../scripts/embedded-postgres';
import { migrateDatabase } from '../../subgraphs/migrate';

export interface BenchDatabase {
  /** The migrated benchmark database. */
  url: string;
  /** True when pg_stat_statements is loaded (the embedded server; a given server may not have it). */
  statementStats: boolean;
  /** Another fresh, migrated database on the same server (a baseline's own), dropped with this one. */
  another(): Promise<string>;
  drop(): Promise<void>;
}

/** Enough connections for 20 clients on the hub (5 pools of 5 per process) and the plain-SQL pool beside it. */
const serverSettings = ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=200', '-c', 'pg_stat_statements.track=all'];

/**
 * A fresh, migrated database: on `adminUrl` when given (DATABASE_URL), else on an embedded
 * PostgreSQL in a temporary folder with pg_stat_statements loaded. Dropped (and stopped) by `drop`.
 */
export async function benchDatabase(adminUrl: string | undefined): Promise<BenchDatabase> {
  let stop = async () => {};
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-pg-'));
    chmodSync(dir, 0o755);
    const port = 54900 + Math.floor(Math.random() * 90);
    const pg = await startEmbeddedPostgres(join(dir, 'pg'), port, 'postgres', randomBytes(16).toString('hex'), serverSettings);
    adminUrl = pg.adminUrl;
    stop = pg.stop;
  }
  const names: string[] = [];
  const create = async () => {
    const name = `bench_${randomBytes(4).toString('hex')}`;
    await ensureDatabase(adminUrl!, name);
    names.push(name);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    await migrateDatabase(url.toString());
    return url.toString();
  };
  const url = await create();
  const client = new Client({ connectionString: url });
  await client.connect();
  const statementStats = await client.query('create extension if not exists pg_stat_statements').then(() => client.query('select pg_stat_statements_reset()')).then(() => true, () => false);
  await client.end();
  return {
    url,
    statementStats,
    another: create,
    async drop() {
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      for (const name of names) await admin.query(`drop database ${name} with (force)`);
      await admin.end();
      await stop();
    },
  };
}
