import { Type, type Platform, type TransformContext } from '@mikro-orm/core';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Keys that encrypt personal data at rest: every configured key decrypts, the current one encrypts. */
export interface PersonalDataKeys {
  /** Key id → base64 of 32 random bytes. */
  keys: Record<string, string>;
  currentKeyId: string;
}

/** Where a value lives: it decrypts only there (AES-GCM additional data). */
export interface ColumnBinding { table: string; column: string; rowId: string }

const unbound = 'pd1';
const bound = 'pd2';

/** A stored value that does not belong where it was read: moved, rewritten, or from before row binding. */
export class MisplacedValueError extends Error {}

/**
 * AES-256-GCM with the key id stored in each value, so keys rotate: add a new key, make it
 * current, and old values stay readable until they are rewritten.
 * - `pd1:<keyId>:<iv.tag.ciphertext>`: not bound to a row (queued job payloads).
 * - `pd2:<keyId>:<rowId>:<iv.tag.ciphertext>`: a column value, bound to its table, column and row;
 *   a copy in another row, column or table does not decrypt there.
 */
export class PersonalDataCipher {
  private readonly keys: Map<string, Buffer>;

  constructor(private readonly config: PersonalDataKeys) {
    this.keys = new Map(Object.entries(config.keys).map(([id, key]) => [id, Buffer.from(key, 'base64')]));
    if (this.keys.get(config.currentKeyId)?.length !== 32) throw new Error('The current personal data key must be 32 bytes');
  }

  encrypt(plaintext: string): string {
    const keyId = this.config.currentKeyId;
    return `${unbound}:${keyId}:${this.seal(plaintext, keyId, keyId)}`;
  }

  decrypt(stored: string): string {
    const [mark, keyId, data] = stored.split(':');
    if (mark !== unbound || !data) throw new MisplacedValueError('Cannot decrypt personal data (not an unbound value)');
    return this.unseal(data, keyId, keyId);
  }

  /** Encrypts a column value for exactly this table, column and row. */
  encryptFor(plaintext: string, at: ColumnBinding): string {
    const keyId = this.config.currentKeyId;
    return `${bound}:${keyId}:${at.rowId}:${this.seal(plaintext, keyId, additionalData(keyId, at))}`;
  }

  /** Decrypts a column value read from `at`; throws MisplacedValueError when it was written elsewhere. */
  decryptAt(stored: string, at: ColumnBinding): string {
    const { keyId, rowId, data } = parseBound(stored);
    if (rowId !== at.rowId) throw new MisplacedValueError(`A value of row ${rowId || '(none)'} was found in row ${at.rowId}`);
    try {
      return this.unseal(data, keyId, additionalData(keyId, at));
    } catch (error) {
      if (error instanceof MisplacedValueError) throw error;
      throw new MisplacedValueError(`A value in ${at.table}.${at.column} of row ${at.rowId} does not belong there`);
    }
  }

  /** The row a stored column value claims to belong to ('' for none). */
  rowOf(stored: string): string | undefined {
    return stored.startsWith(`${bound}:`) ? stored.split(':')[2] : undefined;
  }

  isEncrypted(value: string): boolean {
    return value.startsWith(`${unbound}:`) || value.startsWith(`${bound}:`);
  }

  /** True when the value was encrypted with an older key or without its row binding and should be rewritten. */
  needsRotation(stored: string): boolean {
    return !stored.startsWith(`${bound}:${this.config.currentKeyId}:`);
  }

  encryptJson(value: unknown): string { return this.encrypt(JSON.stringify(value)); }
  decryptJson<T>(stored: string): T { return JSON.parse(this.decrypt(stored)) as T; }

  private seal(plaintext: string, keyId: string, aad: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(keyId)!, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  private unseal(data: string, keyId: string, aad: string): string {
    const key = this.keys.get(keyId);
    if (!key) throw new MisplacedValueError(`Cannot decrypt personal data (unknown key id "${keyId}")`);
    const raw = Buffer.from(data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

function parseBound(stored: string): { keyId: string; rowId: string; data: string } {
  const [mark, keyId, rowId, data] = stored.split(':');
  if (mark !== bound || data === undefined) throw new MisplacedValueError('A value without its row binding (run `npm run privacy:reencrypt`)');
  return { keyId, rowId, data };
}

function additionalData(keyId: string, at: ColumnBinding): string {
  return [bound, keyId, at.table, at.column, at.rowId].join('|');
}

const cached = new WeakMap<PersonalDataKeys, PersonalDataCipher>();
/** One cipher per configuration object (the keys are parsed once). */
export function personalDataCipher(keys: PersonalDataKeys): PersonalDataCipher {
  let cipher = cached.get(keys);
  if (!cipher) cached.set(keys, (cipher = new PersonalDataCipher(keys)));
  return cipher;
}

export const cipherExtension = 'voor-elkaar:personal-data-cipher';

/**
 * A MikroORM column type for personal data (any JSON value: text, numbers, dates as text).
 * Use it for every personal column, e.g. a case note:
 *   `@Property({ type: Encrypted, columnType: 'text' }) text!: string;`
 * The column is `text` in SQL; queries can never filter or sort on it (use a keyed hash for lookups).
 * A type never sees the row it converts, so `RowBinding` (registered by openOrm with the cipher)
 * encrypts each value for its row when it is written and refuses a value found in another row.
 * This type alone decrypts only what the stored value claims (table and column are checked here).
 */
export class Encrypted<T = string> extends Type<T | null | undefined, string | null | undefined> {
  override convertToDatabaseValue(value: T | null | undefined, platform: Platform, _context?: TransformContext) {
    if (value === null || value === undefined) return value as null | undefined;
    if (typeof value === 'string' && value.startsWith(`${bound}:`)) return value;
    // Without a row: a snapshot to compare with, or a write that RowBinding replaces before it is sent.
    return cipherOf(platform).encryptFor(JSON.stringify(value), this.bindingFor(''));
  }

  override convertToJSValue(value: string | null | undefined, platform: Platform) {
    if (value === null || value === undefined) return value as null | undefined;
    return this.openClaimed(value, cipherOf(platform)) as T | null;
  }

  /** Ciphertexts differ on every write (random IV): compare what they hold, or every flush would update. */
  override compareValues(a: string | null | undefined, b: string | null | undefined): boolean {
    if (a === b) return true;
    if (a == null || b == null || !this.platform) return false;
    const cipher = cipherOf(this.platform);
    const left = this.openClaimed(a, cipher);
    return left !== null && JSON.stringify(left) === JSON.stringify(this.openClaimed(b, cipher));
  }

  override compareAsType(): string { return 'string'; }
  override ensureComparable(): boolean { return false; }
  override getColumnType(): string { return 'text'; }

  bindingFor(rowId: string): ColumnBinding {
    const schema = this.meta?.schema ?? this.platform?.getConfig().get('schema') ?? '';
    return { table: `${schema}.${this.meta?.tableName}`, column: this.prop?.fieldNames[0] ?? '', rowId };
  }

  /** The value for the row it claims, or null when it is not a bound value of this column. */
  private openClaimed(stored: string, cipher: PersonalDataCipher): T | null {
    const rowId = cipher.rowOf(stored);
    if (rowId === undefined) return null;
    try {
      return JSON.parse(cipher.decryptAt(stored, this.bindingFor(rowId))) as T;
    } catch {
      return null;
    }
  }
}

export function cipherOf(platform: Platform): PersonalDataCipher {
  const cipher = platform.getConfig().getExtension<PersonalDataCipher>(cipherExtension);
  if (!cipher) throw new Error('No personal data cipher is registered on this ORM (openOrm registers it)');
  return cipher;
}
