import { spawnSync } from 'node:child_process';
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
/**
 * @sparticuz/chromium unpacks its browser into the temp directory on first use; browser tests in
 * parallel workers would unpack it at the same time and break each other, so it happens here once.
 */
function unpackChromium(): void {
  const script = "require('@sparticuz/chromium').default.executablePath().then((path) => console.log(path))";
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Unpacking Chromium failed: ${result.stderr}`);
}

export default async function globalSetup(): Promise<void> {
  // The gateway serves web/dist; the browser tests need it current (a no-op when it is).
  ensureWebBuild();
  unpackChromium();
  if (process.env.DATABASE_URL) {
    process.env.HUB_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hub-test-'));
  chmodSync(dir, 0o755);
  const port = Number(process.env.TEST_PG_PORT ?? 54330 + Math.floor(Math.random() * 500));
  // Two jest workers each run a hub (four subgraphs: up to 5 ORM, 3 queue and 1 listening connection
  // each) and some tests a second one; PostgreSQL's default of 100 leaves no room for a slow close.
  const pg = await startEmbeddedPostgres(join(dir, 'pg'), port, 'postgres', randomBytes(16).toString('hex'), ['-c', 'max_connections=300']);
  process.env.HUB_TEST_ADMIN_URL = pg.adminUrl;
  globalThis.hubTestPostgres = pg;
}
