import { randomBytes } from 'node:crypto';
import { PersonalDataCipher } from '../../subgraphs/shared/personal-data-cipher';

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
    const written = old.encrypt('0612345678');
    expect(rotated.decrypt(written)).toBe('0612345678');
    expect(rotated.needsRotation(written)).toBe(true);
    const rewritten = rotated.encrypt(rotated.decrypt(written));
    expect(rewritten).toMatch(/^pd1:k2:/);
    expect(rotated.needsRotation(rewritten)).toBe(false);
    expect(() => old.decrypt(rewritten)).toThrow(/key id "k2"/);
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
