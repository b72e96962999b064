import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A fresh, empty database of its own on the test run's PostgreSQL (tests/support/global-setup.ts). */
export async function createTestDatabase(): Promise<{ databaseUrl: string; drop(): Promise<void> }> {
  const adminUrl = process.env.HUB_TEST_ADMIN_URL!;
  const database = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return { databaseUrl: url.toString(), drop: () => dropDatabase(adminUrl, database) };
}

/** Drops the test database once every pool has let go of it (forcing it earlier kills live clients). */
async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let i = 0; i < 100; i += 1) {
      const { rows } = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [database]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await admin.query(`drop database if exists ${database} with (force)`);
  } finally {
    await admin.end();
  }
}
