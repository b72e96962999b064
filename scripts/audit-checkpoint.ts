import 'reflect-metadata';
import { configFor } from '../config';
import { hubDatabaseUrl } from './embedded-postgres';
import { subgraphs } from '../subgraphs';
import { openOrm } from '../subgraphs/shared/db';
import { checkpointAccessLog } from '../subgraphs/household/domain/access-log-chain';

/** `npm run audit:checkpoint`: seals the access log's head now (the household subgraph also does every minute). */
async function main() {
  const config = configFor(['DATABASE_URL', 'ACCESS_LOG_MAC_KEY']);
  const orm = await openOrm(hubDatabaseUrl(config), subgraphs.household.database, 1);
  try {
    const sealed = await checkpointAccessLog(orm.em.fork(), config, new Date());
    console.log(sealed ? `Sealed the access log at record ${sealed.seq} in ${config.accessLog.checkpointDir}` : 'The access log is empty: nothing to seal.');
  } finally {
    await orm.close(true);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
