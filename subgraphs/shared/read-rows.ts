import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityProperty } from '@mikro-orm/core';
import { cipherOf, Encrypted, MisplacedValueError } from './personal-data-cipher';
import { reportSecurityEvent } from './security-events';

/**
 * Rows for reading only, as objects of their entity class but not managed by the ORM: no
 * identity map, no snapshot, nothing a flush could compare. A personal column is decrypted when
 * a resolver first reads it (a field the query does not ask for is never decrypted), for the
 * row it was read from: a value written for another row, column or table reads as null and is
 * reported, as `RowBinding` does for managed entities.
 */
export async function readRows<T extends object>(em: EntityManager, entity: new () => T, sql: string, params: unknown[]): Promise<T[]> {
  return asEntities(em, entity, await em.getConnection().execute<Array<Record<string, unknown>>>(sql, params));
}

/** Rows a statement returned (column names as in the table), as `readRows` gives them. */
export function asEntities<T extends object>(em: EntityManager, entity: new () => T, rows: Array<Record<string, unknown>>): T[] {
  const meta = em.getMetadata().get(entity.name);
  const props = meta.props.filter((p) => p.persist !== false && p.fieldNames?.length === 1);
  const rowKey = meta.primaryKeys[0];
  const prototype = rowPrototypeOf(entity, props);
  return rows.map((row) => {
    const object = Object.create(prototype) as Record<string, unknown>;
    for (const prop of props) {
      const value = row[prop.fieldNames[0]];
      if (prop.customType instanceof Encrypted) Object.defineProperty(object, prop.name, lazilyDecrypted(em, prop, value as string | null, () => String(row[meta.properties[rowKey].fieldNames[0]])));
      else object[prop.name] = value != null && prop.runtimeType === 'Date' ? new Date(value as string) : value;
    }
    return object as T;
  });
}

const rowPrototypes = new WeakMap<object, object>();

/**
 * The entity's prototype under a layer of plain, writable properties, one per column: assigning a
 * column then makes an own property of the row. Without it the assignment would run the setter
 * the ORM puts on the entity's prototype, which gives every object its change-tracking helper
 * (the bookkeeping these rows are read without; in the queue's CPU profile it was the top
 * function of the subgraphs). Rows are still `instanceof` their entity class.
 */
function rowPrototypeOf(entity: new () => object, props: EntityProperty[]): object {
  let prototype = rowPrototypes.get(entity);
  if (!prototype) {
    prototype = Object.create(entity.prototype, Object.fromEntries(props.map((p) => [p.name, { value: undefined, writable: true, configurable: true }]))) as object;
    rowPrototypes.set(entity, prototype);
  }
  return prototype;
}

function lazilyDecrypted(em: EntityManager, prop: EntityProperty, stored: string | null, rowId: () => string): PropertyDescriptor {
  let opened: { value: unknown } | undefined;
  return {
    enumerable: true,
    get() {
      if (!opened) opened = { value: stored == null ? null : open(em, prop, stored, rowId()) };
      return opened.value;
    },
  };
}

function open(em: EntityManager, prop: EntityProperty, stored: string, rowId: string): unknown {
  const at = (prop.customType as Encrypted).bindingFor(rowId);
  try {
    return JSON.parse(cipherOf(em.getPlatform()).decryptAt(stored, at));
  } catch (error) {
    if (!(error instanceof MisplacedValueError)) throw error;
    reportSecurityEvent('personal_data_refused', { table: at.table, column: at.column, rowId, reason: error.message });
    return null;
  }
}
