import { randomBytes } from 'node:crypto';
import { MisplacedValueError, PersonalDataCipher } from '../../subgraphs/shared/personal-data-cipher';

const key = () => randomBytes(32).toString('base64');

describe('the personal data cipher', () => {
  const k1 = key();
  const k2 = key();
  const old = new PersonalDataCipher({ keys: { k1 }, currentKeyId: 'k1' });
  const rotated = new PersonalDataCipher({ keys: { k1, k2 }, currentKeyId: 'k2' });

  it('hides the value, names the key, and never repeats a ciphertext', () => {
    const a = old.encrypt('Jansen');
    expect(a).toMatch(/^pd1:k1:/);
    expect(a).not.toContain('Jansen');
    expect(old.encrypt('Jansen')).not.toBe(a);
    expect(old.decrypt(a)).toBe('Jansen');
  });

  it('reads values of every configured key and writes with the current one (rotation)', () => {
    const at = { table: 'household.resident', column: 'phone', rowId: 'r1' };
    const written = old.encryptFor('0612345678', at);
    expect(rotated.decryptAt(written, at)).toBe('0612345678');
    expect(rotated.needsRotation(written)).toBe(true);
    const rewritten = rotated.encryptFor(rotated.decryptAt(written, at), at);
    expect(rewritten).toMatch(/^pd2:k2:r1:/);
    expect(rotated.needsRotation(rewritten)).toBe(false);
    expect(() => old.decryptAt(rewritten, at)).toThrow(/key id "k2"/);
    expect(rotated.needsRotation(rotated.encrypt('unbound'))).toBe(true);
  });

  it('binds a column value to its table, column and row', () => {
    const at = { table: 'household.resident', column: 'bsn', rowId: 'r1' };
    const value = old.encryptFor('111222333', at);
    expect(old.decryptAt(value, at)).toBe('111222333');
    expect(() => old.decryptAt(value, { ...at, rowId: 'r2' })).toThrow(MisplacedValueError);
    expect(() => old.decryptAt(value.replace(':r1:', ':r2:'), { ...at, rowId: 'r2' })).toThrow(MisplacedValueError);
    expect(() => old.decryptAt(value, { ...at, column: 'surname' })).toThrow(MisplacedValueError);
    expect(() => old.decryptAt(value, { ...at, table: 'casework.case_notes' })).toThrow(MisplacedValueError);
    expect(() => old.decryptAt(old.encrypt('111222333'), at)).toThrow(MisplacedValueError);
  });

  it('refuses a changed ciphertext or a value moved to another key id', () => {
    const value = rotated.encrypt('111222333');
    const raw = Buffer.from(value.split(':')[2], 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => rotated.decrypt(`pd1:k2:${raw.toString('base64')}`)).toThrow();
    expect(() => rotated.decrypt(value.replace('pd1:k2:', 'pd1:k1:'))).toThrow();
  });

  it('round-trips JSON values such as house numbers', () => {
    expect(old.decryptJson<number>(old.encryptJson(12))).toBe(12);
  });

  it('needs a 32-byte current key', () => {
    expect(() => new PersonalDataCipher({ keys: { short: Buffer.alloc(16).toString('base64') }, currentKeyId: 'short' })).toThrow();
    expect(() => new PersonalDataCipher({ keys: { k1 }, currentKeyId: 'missing' })).toThrow();
  });
});
