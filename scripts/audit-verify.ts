import { Pool } from 'pg';
import { loadConfig } from '../config';
import { hubDatabaseUrl } from './embedded-postgres';
import { verifyAccessLog } from '../subgraphs/household/domain/access-log-verify';

/** `npm run audit:verify`: checks the access log's hash chain and names the first broken link. */
async function main() {
  const config = loadConfig();
  const db = new Pool({ connectionString: hubDatabaseUrl(config), max: 1 });
  try {
    const report = await verifyAccessLog(db);
    if (report.ok) {
      console.log(`Access log intact: ${report.checked} records checked.`);
      return;
    }
    console.error(`Access log BROKEN at record ${report.brokenAt!.seq}: ${report.brokenAt!.reason} (${report.checked} records before it are intact).`);
    process.exitCode = 1;
  } finally {
    await db.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
