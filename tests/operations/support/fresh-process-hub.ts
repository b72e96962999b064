import { Pool } from 'pg';
import { migrateDatabase } from '../../../subgraphs/migrate';
import { createTestDatabase } from '../../support/database';
import { startProcessHub, type ProcessHub, type ProcessHubOptions } from './process-hub';

/** A process hub on a database of its own, and a pool to look into that database (tests change nothing through it). */
export interface FreshProcessHub {
  hub: ProcessHub;
  db: Pool;
  /** Stops the processes, closes the pool and drops the database. */
  stop(): Promise<void>;
}

/** A fresh, migrated database and every process of the hub on it (startProcessHub). */
export async function startFreshProcessHub(env: Record<string, string> = {}, options: ProcessHubOptions = {}): Promise<FreshProcessHub> {
  const { databaseUrl, drop } = await createTestDatabase();
  let db: Pool | undefined;
  try {
    await migrateDatabase(databaseUrl);
    db = new Pool({ connectionString: databaseUrl, max: 2 });
    const hub = await startProcessHub(databaseUrl, env, options);
    const pool = db;
    return {
      hub, db: pool,
      async stop() {
        await hub.stop();
        await pool.end();
        await drop();
      },
    };
  } catch (error) {
    await db?.end();
    await drop();
    throw error;
  }
}
