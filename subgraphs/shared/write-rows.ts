import type { EntityManager } from '@mikro-orm/postgresql';
import { cipherOf, Encrypted } from './personal-data-cipher';

type Row = Record<string, unknown>;

/**
 * Many rows written with one statement per table, not through the ORM's unit of work (no
 * snapshots to encrypt and compare): personal columns are encrypted for their table, column and
 * row exactly as `RowBinding` does for managed entities, so `readRows` and the ORM read them back.
 * Rows are given by property name; a property left out is null (insert) or unchanged (update).
 */
export async function insertRows(em: EntityManager, entity: new () => object, rows: Row[], onConflict = ''): Promise<void> {
  if (rows.length === 0) return;
  const { table } = tableOf(em, entity);
  const sealed = rows.map((row) => seal(em, entity, row));
  const names = [...new Set(sealed.flatMap((r) => Object.keys(r)))].join(', ');
  await em.execute(`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ?::jsonb) ${onConflict}`,
    [JSON.stringify(sealed)]);
}

/** Updates rows by primary key: one statement per set of changed properties (usually one or two). */
export async function updateRows(em: EntityManager, entity: new () => object, rows: Row[]): Promise<void> {
  const { table, key } = tableOf(em, entity);
  const byShape = new Map<string, Row[]>();
  for (const row of rows.map((r) => seal(em, entity, r))) {
    const shape = Object.keys(row).filter((c) => c !== key).sort().join(',');
    if (shape) byShape.set(shape, [...(byShape.get(shape) ?? []), row]);
  }
  for (const [shape, changed] of byShape) {
    const set = shape.split(',').map((c) => `${c} = r.${c}`).join(', ');
    await em.execute(`update ${table} t set ${set} from jsonb_populate_recordset(null::${table}, ?::jsonb) r where t.${key} = r.${key}`,
      [JSON.stringify(changed)]);
  }
}

function tableOf(em: EntityManager, entity: new () => object) {
  const meta = em.getMetadata().get(entity.name);
  const schema = meta.schema ?? em.config.get('schema');
  return { meta, table: `${schema}.${meta.tableName}`, key: meta.properties[meta.primaryKeys[0]].fieldNames[0] };
}

/** Column name → value as stored: personal values encrypted for this row (the primary key must be given). */
function seal(em: EntityManager, entity: new () => object, row: Row): Row {
  const { meta } = tableOf(em, entity);
  const rowId = String(row[meta.primaryKeys[0]]);
  const cipher = cipherOf(em.getPlatform());
  const stored: Row = {};
  for (const [name, value] of Object.entries(row)) {
    const prop = meta.properties[name as never];
    if (!prop) throw new Error(`${entity.name} has no property ${name}`);
    if (value === undefined) continue;
    stored[prop.fieldNames[0]] = prop.customType instanceof Encrypted && value !== null
      ? cipher.encryptFor(JSON.stringify(value), prop.customType.bindingFor(rowId))
      : value;
  }
  return stored;
}
