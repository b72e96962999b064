import { helper, type EntityMetadata, type EventArgs, type EventSubscriber } from '@mikro-orm/core';
import { Encrypted, type ColumnBinding, type PersonalDataCipher } from './personal-data-cipher';
import { reportSecurityEvent } from './security-events';

/**
 * Binds every `Encrypted` column value to its row: encrypts it for (table, column, row id) when it
 * is written, and when a row is loaded refuses a value that was written for another row (copied
 * there with database access). A refused value reads as null, stays unchanged in the database
 * (evidence), and is reported.
 */
export class RowBinding implements EventSubscriber {
  constructor(private readonly cipher: PersonalDataCipher) {}

  async beforeCreate(args: EventArgs<object>): Promise<void> { this.bind(args); }
  async beforeUpdate(args: EventArgs<object>): Promise<void> { this.bind(args); }

  /**
   * Hydration already opened each value for the row it claims (`Encrypted`), with table and column
   * checked by the additional data; what is left is to compare that row with the actual one, and
   * to refuse a value that did not open. No value is decrypted twice.
   */
  async onLoad({ entity, meta }: EventArgs<object>): Promise<void> {
    const wrapped = helper(entity);
    const stored = wrapped.__originalEntityData as Record<string, string | null | undefined> | undefined;
    if (!stored) return;
    const rowId = String(wrapped.getPrimaryKey());
    for (const prop of encryptedProps(meta)) {
      const value = stored[prop.name];
      if (value == null) continue;
      const claimed = this.cipher.rowOf(value);
      const opened = (entity as Record<string, unknown>)[prop.name] != null;
      if (claimed === rowId && opened) continue;
      const at = (prop.customType as Encrypted).bindingFor(rowId);
      (entity as Record<string, unknown>)[prop.name] = null;
      stored[prop.name] = null;
      reportSecurityEvent('personal_data_refused', { table: at.table, column: at.column, rowId, reason: refusal(claimed, rowId, at) });
    }
  }

  private bind({ entity, meta, changeSet }: EventArgs<object>): void {
    if (!changeSet) return;
    const payload = changeSet.payload as Record<string, unknown>;
    const rowId = String(helper(entity).getPrimaryKey());
    for (const prop of encryptedProps(meta)) {
      const value = (entity as Record<string, unknown>)[prop.name];
      if (!(prop.name in payload) || value == null) continue;
      payload[prop.name] = this.cipher.encryptFor(JSON.stringify(value), (prop.customType as Encrypted).bindingFor(rowId));
    }
  }
}

function encryptedProps(meta: EntityMetadata | undefined) {
  return meta ? meta.props.filter((p) => p.customType instanceof Encrypted) : [];
}

function refusal(claimed: string | undefined, rowId: string, at: ColumnBinding): string {
  if (claimed === undefined) return 'A value without its row binding (run `npm run privacy:reencrypt`)';
  if (claimed !== rowId) return `A value of row ${claimed || '(none)'} was found in row ${rowId}`;
  return `A value in ${at.table}.${at.column} of row ${rowId} does not belong there`;
}
