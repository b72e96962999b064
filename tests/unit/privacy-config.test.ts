import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../config';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-config-')), ...env });
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('privacy and limit settings', () => {
  it('generate a development key for personal data once, and reuse it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-config-'));
    const first = loadConfig({ DATA_DIR: dir }).privacy.personalData;
    expect(Buffer.from(first.keys[first.currentKeyId], 'base64')).toHaveLength(32);
    expect(loadConfig({ DATA_DIR: dir }).privacy.personalData).toEqual(first);
  });

  it('require PERSONAL_DATA_KEYS in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(expect.arrayContaining([expect.stringMatching(/^PERSONAL_DATA_KEYS is required/)]));
  });

  it('refuse keys that are not 32 bytes and a current id that names no key', () => {
    const problems = problemsOf({ PERSONAL_DATA_KEYS: JSON.stringify({ a: randomBytes(32).toString('base64'), b: 'c2hvcnQ=' }), PERSONAL_DATA_KEY_ID: 'c' });
    expect(problems).toEqual([expect.stringMatching(/key "b" must be base64 of 32 bytes/), expect.stringMatching(/PERSONAL_DATA_KEY_ID/)]);
  });

  it('take the only key as current, and read the operation limits', () => {
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-config-')), PERSONAL_DATA_KEYS: JSON.stringify({ k1: randomBytes(32).toString('base64') }),
      MAX_QUERY_DEPTH: '6', MAX_QUERY_COST: '900',
    });
    expect(config.privacy.personalData.currentKeyId).toBe('k1');
    expect(config.limits).toMatchObject({ maxDepth: 6, maxCost: 900, maxAliases: 30 });
    expect(problemsOf({ MAX_QUERY_DEPTH: 'deep' })).toEqual([expect.stringMatching(/^MAX_QUERY_DEPTH/)]);
  });
});
