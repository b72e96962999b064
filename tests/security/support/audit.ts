import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestHub } from '../../support/hub';

const root = join(__dirname, '..', '..', '..');

/** Runs an `npm run audit:*` script against the test hub's database, key and checkpoint directory. */
export function auditScript(hub: TestHub, script: 'audit-verify' | 'audit-checkpoint'): Promise<{ code: number; output: string }> {
  return promisify(execFile)(join(root, 'node_modules', '.bin', 'tsx'), [`scripts/${script}.ts`], {
    cwd: root,
    env: {
      ...process.env, NODE_ENV: 'development', DATABASE_URL: (hub.db as any).options.connectionString, DATA_DIR: mkdtempSync(join(tmpdir(), 'audit-')),
      ACCESS_LOG_MAC_KEY: hub.config.accessLog.macKey, ACCESS_LOG_CHECKPOINT_DIR: hub.config.accessLog.checkpointDir,
    },
  }).then(({ stdout }) => ({ code: 0, output: stdout }), (error) => ({ code: error.code as number, output: `${error.stdout}${error.stderr}` }));
}

/** As the database superuser: runs SQL with the access log's append-only triggers switched off. */
export async function behindTheTriggers(hub: TestHub, sql: string, params: unknown[] = []): Promise<void> {
  const client = await hub.db.connect();
  try {
    await client.query('alter table household.access_log disable trigger user');
    await client.query(sql, params);
  } finally {
    await client.query('alter table household.access_log enable trigger user');
    client.release();
  }
}
