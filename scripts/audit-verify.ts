import { hostname, userInfo } from 'node:os';
import { Pool } from 'pg';
import { configFor } from '../config';
import { hubDatabaseUrl } from './embedded-postgres';
import { checkpointStore } from '../subgraphs/household/domain/access-log-chain';
import { verifyAccessLog } from '../subgraphs/household/domain/access-log-verify';
import { keepVerification, verificationOf } from '../subgraphs/household/domain/access-log-verifications';

/**
 * `npm run audit:verify`: checks the access log's MAC chain and the checkpoints outside the
 * database; names every removed, changed or inserted record and a truncated log (exit code 1).
 * The outcome is kept where the privacy officer's console shows the last verification.
 */
async function main() {
  const config = configFor(['DATABASE_URL', 'ACCESS_LOG_MAC_KEY']);
  const db = new Pool({ connectionString: hubDatabaseUrl(config), max: 1 });
  try {
    const report = await verifyAccessLog(db, checkpointStore(config));
    await keepVerification(db, verificationOf(report, `audit:verify (${userInfo().username}@${hostname()})`, new Date()))
      .catch((error) => console.error(`The outcome could not be kept for the console: ${error instanceof Error ? error.message : error}`));
    if (report.ok) {
      console.log(`Access log intact: ${report.checked} records checked against ${report.checkpoints} checkpoints.`);
      return;
    }
    console.error(`Access log BROKEN at record ${report.brokenAt!.seq}: ${report.brokenAt!.reason}`);
    for (const problem of report.problems) console.error(`  - ${problem}`);
    process.exitCode = 1;
  } finally {
    await db.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
