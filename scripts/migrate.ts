import 'reflect-metadata';
import { configFor } from '../config';
import { migrateDatabase } from '../subgraphs/migrate';
import { hubDatabaseUrl } from './embedded-postgres';

/**
 * `npm run db:migrate` (production: `node dist/scripts/migrate.js`): applies the job queue's and
 * every subgraph's migrations to DATABASE_URL (else the running `npm start`'s embedded database),
 * as the schema owner, one line per step. Exit code 0 when the database is up to date, 1 otherwise.
 */
async function main() {
  const config = configFor(['DATABASE_URL']);
  await migrateDatabase(hubDatabaseUrl(config), (line) => console.log(`migrate: ${line}`));
  console.log('migrate: done, the database is up to date');
}

main().catch((error) => {
  console.error(`migrate: failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
