import { runMigrations } from 'graphile-worker';
import { subgraphNames } from '../config';
import { subgraphs } from '.';
import { migrateSubgraph } from './shared/db';

/** Applies the job queue's schema and every subgraph's committed migrations. Safe to repeat. */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: undefined });
  for (const name of subgraphNames) await migrateSubgraph(databaseUrl, subgraphs[name].database);
}
