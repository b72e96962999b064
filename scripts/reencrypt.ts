import 'reflect-metadata';
import { configFor, subgraphNames } from '../config';
import { hubDatabaseUrl } from './embedded-postgres';
import { subgraphs } from '../subgraphs';
import { openOrm } from '../subgraphs/shared/db';
import { Encrypted, MisplacedValueError, personalDataCipher, type PersonalDataCipher } from '../subgraphs/shared/personal-data-cipher';

/**
 * `npm run privacy:reencrypt`: rewrites every encrypted column (any subgraph, found through the
 * entities' `Encrypted` type) that uses an older key or is not yet bound to its row, with
 * PERSONAL_DATA_KEY_ID and the row binding. Afterwards the old key can be removed from
 * PERSONAL_DATA_KEYS. A value found in a row it was not written for is left as it is and listed.
 */
async function main() {
  const config = configFor(['DATABASE_URL', 'PERSONAL_DATA_KEYS']);
  const cipher = personalDataCipher(config.privacy.personalData);
  let misplaced = 0;
  for (const name of subgraphNames) {
    const { database } = subgraphs[name];
    const orm = await openOrm(hubDatabaseUrl(config), database, 1, cipher);
    try {
      for (const meta of Object.values(orm.getMetadata().getAll())) {
        const props = meta.props.filter((p) => p.customType instanceof Encrypted);
        if (props.length === 0 || !meta.tableName) continue;
        const table = `"${database.schema}"."${meta.tableName}"`;
        const id = meta.getPrimaryProps()[0].fieldNames[0];
        const columns = props.map((p) => p.fieldNames[0]);
        const rows = await orm.em.getConnection().execute<Array<Record<string, string | null>>>(`select ${id} as id, ${columns.join(', ')} from ${table}`);
        let rewritten = 0;
        for (const row of rows) {
          const fresh: Record<string, string> = {};
          for (const prop of props) {
            const column = prop.fieldNames[0];
            const stored = row[column];
            if (!stored || !cipher.needsRotation(stored)) continue;
            const at = (prop.customType as Encrypted).bindingFor(String(row.id));
            const plaintext = readable(cipher, stored, at);
            if (plaintext === undefined) { misplaced += 1; console.error(`${table}.${column} of row ${row.id}: value does not belong to this row, left unchanged`); continue; }
            fresh[column] = cipher.encryptFor(plaintext, at);
          }
          if (Object.keys(fresh).length === 0) continue;
          await orm.em.getConnection().execute(
            `update ${table} set ${Object.keys(fresh).map((c) => `${c} = ?`).join(', ')} where ${id} = ?`, [...Object.values(fresh), row.id],
          );
          rewritten += 1;
        }
        console.log(`${table}: ${rewritten} of ${rows.length} rows re-encrypted with key "${config.privacy.personalData.currentKeyId}"`);
      }
    } finally {
      await orm.close(true);
    }
  }
  if (misplaced) process.exitCode = 1;
}

/** Plaintext (JSON) of a stored value, if it belongs here: unbound values (before row binding) are trusted once. */
function readable(cipher: PersonalDataCipher, stored: string, at: Parameters<PersonalDataCipher['decryptAt']>[1]): string | undefined {
  try {
    return cipher.rowOf(stored) === undefined ? cipher.decrypt(stored) : cipher.decryptAt(stored, at);
  } catch (error) {
    if (error instanceof MisplacedValueError || error instanceof Error) return undefined;
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
