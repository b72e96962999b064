import 'reflect-metadata';
import { loadConfig, subgraphNames } from '../config';
import { hubDatabaseUrl } from './embedded-postgres';
import { subgraphs } from '../subgraphs';
import { openOrm } from '../subgraphs/shared/db';
import { Encrypted, personalDataCipher } from '../subgraphs/shared/personal-data-cipher';

/**
 * `npm run privacy:reencrypt`: after a new key became PERSONAL_DATA_KEY_ID, rewrites every
 * encrypted column (any subgraph, found through the entities' `Encrypted` type) that still
 * uses an older key. Afterwards the old key can be removed from PERSONAL_DATA_KEYS.
 */
async function main() {
  const config = loadConfig();
  const cipher = personalDataCipher(config.privacy.personalData);
  for (const name of subgraphNames) {
    const { database } = subgraphs[name];
    const orm = await openOrm(hubDatabaseUrl(config), database, 1, cipher);
    try {
      for (const meta of Object.values(orm.getMetadata().getAll())) {
        const columns = meta.props.filter((p) => p.customType instanceof Encrypted).map((p) => p.fieldNames[0]);
        if (columns.length === 0 || !meta.tableName) continue;
        const table = `"${database.schema}"."${meta.tableName}"`;
        const id = meta.getPrimaryProps()[0].fieldNames[0];
        const rows = await orm.em.getConnection().execute<Array<Record<string, string | null>>>(`select ${id} as id, ${columns.join(', ')} from ${table}`);
        let rewritten = 0;
        for (const row of rows) {
          const stale = columns.filter((c) => row[c] && cipher.isEncrypted(row[c]!) && cipher.needsRotation(row[c]!));
          if (stale.length === 0) continue;
          await orm.em.getConnection().execute(
            `update ${table} set ${stale.map((c) => `${c} = ?`).join(', ')} where ${id} = ?`,
            [...stale.map((c) => cipher.encrypt(cipher.decrypt(row[c]!))), row.id],
          );
          rewritten += 1;
        }
        console.log(`${table}: ${rewritten} of ${rows.length} rows re-encrypted with key "${config.privacy.personalData.currentKeyId}"`);
      }
    } finally {
      await orm.close(true);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
