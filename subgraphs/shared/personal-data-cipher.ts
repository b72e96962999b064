import { Type, type Platform, type TransformContext } from '@mikro-orm/core';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Keys that encrypt personal data at rest: every configured key decrypts, the current one encrypts. */
export interface PersonalDataKeys {
  /** Key id → base64 of 32 random bytes. */
  keys: Record<string, string>;
  currentKeyId: string;
}

const prefix = 'pd1';

/**
 * AES-256-GCM with the key id stored in each value (`pd1:<keyId>:<iv.tag.ciphertext>`), so keys rotate:
 * add a new key, make it current, and old values stay readable until they are rewritten.
 */
export class PersonalDataCipher {
  private readonly keys: Map<string, Buffer>;

  constructor(private readonly config: PersonalDataKeys) {
    this.keys = new Map(Object.entries(config.keys).map(([id, key]) => [id, Buffer.from(key, 'base64')]));
    if (this.keys.get(config.currentKeyId)?.length !== 32) throw new Error('The current personal data key must be 32 bytes');
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.config.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(this.config.currentKeyId));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${prefix}:${this.config.currentKeyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [mark, keyId, data] = stored.split(':');
    const key = this.keys.get(keyId);
    if (mark !== prefix || !key || !data) throw new Error(`Cannot decrypt personal data (unknown format or key id "${mark === prefix ? keyId : '?'}")`);
    const raw = Buffer.from(data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  isEncrypted(value: string): boolean {
    return value.startsWith(`${prefix}:`);
  }

  /** True when the value was encrypted with an older key and should be rewritten. */
  needsRotation(stored: string): boolean {
    return !stored.startsWith(`${prefix}:${this.config.currentKeyId}:`);
  }

  encryptJson(value: unknown): string { return this.encrypt(JSON.stringify(value)); }
  decryptJson<T>(stored: string): T { return JSON.parse(this.decrypt(stored)) as T; }
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
 * A MikroORM column type that encrypts its value (any JSON value: text, numbers, dates as text).
 * Use it for every personal column, e.g. a case note:
 *   `@Property({ type: Encrypted, columnType: 'text' }) text!: string;`
 * The column is `text` in SQL; queries can never filter or sort on it (use a keyed hash for lookups).
 * openOrm registers the cipher from configuration on the ORM, so entities need nothing else.
 */
export class Encrypted<T = string> extends Type<T | null | undefined, string | null | undefined> {
  override convertToDatabaseValue(value: T | null | undefined, platform: Platform, _context?: TransformContext) {
    if (value === null || value === undefined) return value as null | undefined;
    return cipherOf(platform).encryptJson(value);
  }

  override convertToJSValue(value: string | null | undefined, platform: Platform) {
    if (value === null || value === undefined) return value as null | undefined;
    return cipherOf(platform).decryptJson<T>(value);
  }

  /** Ciphertexts differ on every write (random IV): compare what they hold, or every flush would update. */
  override compareValues(a: string | null | undefined, b: string | null | undefined): boolean {
    if (a === b) return true;
    if (a == null || b == null || !this.platform) return false;
    const cipher = cipherOf(this.platform);
    return cipher.decrypt(a) === cipher.decrypt(b);
  }

  override compareAsType(): string { return 'string'; }
  override ensureComparable(): boolean { return false; }
  override getColumnType(): string { return 'text'; }
}

function cipherOf(platform: Platform): PersonalDataCipher {
  const cipher = platform.getConfig().getExtension<PersonalDataCipher>(cipherExtension);
  if (!cipher) throw new Error('No personal data cipher is registered on this ORM (openOrm registers it)');
  return cipher;
}
