import { runMigrations } from 'graphile-worker';
import { subgraphNames } from '../config';
import { subgraphs } from '.';
import { migrateSubgraph } from './shared/db';

/** Applies the job queue's schema and every subgraph's committed migrations. Safe to repeat. */
export async function migrateDatabase(databaseUrl: string, progress: (line: string) => void = () => undefined): Promise<void> {
  progress('job queue (graphile_worker): migrating');
  await runMigrations({ connectionString: databaseUrl, logger: undefined });
  for (const name of subgraphNames) {
    const applied = await migrateSubgraph(databaseUrl, subgraphs[name].database);
    progress(`${name} (schema ${subgraphs[name].database.schema}): ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
  }
}
