import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/embedded-postgres';

declare global {
  /** The run's embedded PostgreSQL, for global-teardown.ts (jest shares globals between the two, not modules). */
  var hubTestPostgres: EmbeddedDatabase | undefined;
}
import { ensureWebBuild } from '../../scripts/web-build';

/**
 * One PostgreSQL for the whole run: the server at DATABASE_URL when set, else an embedded one.
 * Each test file then creates its own database on it (tests/support/hub.ts).
 */
export default async function globalSetup(): Promise<void> {
  // The gateway serves web/dist; the browser tests need it current (a no-op when it is).
  ensureWebBuild();
  if (process.env.DATABASE_URL) {
    process.env.HUB_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hub-test-'));
  chmodSync(dir, 0o755);
  const port = Number(process.env.TEST_PG_PORT ?? 54330 + Math.floor(Math.random() * 500));
  const pg = await startEmbeddedPostgres(join(dir, 'pg'), port, 'postgres', randomBytes(16).toString('hex'));
  process.env.HUB_TEST_ADMIN_URL = pg.adminUrl;
  globalThis.hubTestPostgres = pg;
}
