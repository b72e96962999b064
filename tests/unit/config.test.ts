import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../config';

describe('configuration', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'hub-config-'));

  it("defaults to the pilot's municipalities, partners and ports", () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.municipalities.map((m) => m.code)).toEqual(['0175', '0160']);
    expect(config.partners.map((p) => `${p.code}:${p.type}`)).toEqual(['vechtdal-wonen:RENT', 'zilveren-kruis:HEALTH_INSURANCE', 'vitens:WATER']);
    expect(config.gateway.port).toBe(4000);
    expect(config.subgraphs.case.url).toBe('http://127.0.0.1:4003/graphql');
    expect(config.databaseUrl).toBeUndefined();
  });

  it('generates development secrets once and reuses them, so npm start and npm run token agree', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).auth.jwtSecret).toBe(loadConfig({ DATA_DIR: dir }).auth.jwtSecret);
    expect(loadConfig({ DATA_DIR: dir, AUTH_JWT_SECRET: 'y'.repeat(32) }).auth.jwtSecret).toBe('y'.repeat(32));
  });

  it('lists every problem at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ NODE_ENV: 'production', PORT: 'eighty', MUNICIPALITIES: '[{"code":"12","name":"X","population":0,"postcodeRanges":[]}]', PARTNERS: 'nope' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^PORT/), expect.stringMatching(/^AUTH_ISSUER/), expect.stringMatching(/^AUTH_AUDIENCE/),
      expect.stringMatching(/AUTH_JWKS_URL/), expect.stringMatching(/^SUBGRAPH_SIGNING_SECRET/), expect.stringMatching(/^PARTNERS is not valid JSON/),
      expect.stringMatching(/MUNICIPALITIES\[0\]\.code/), expect.stringMatching(/MUNICIPALITIES\[0\]\.population/),
    ]));
  });
});

describe('configuration of municipalities and partners', () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-config-')), ...env });
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };
  const ommen = { code: '0175', name: 'Ommen', population: 18500, postcodeRanges: [[7730, 7739]] };
  const hardenberg = { code: '0160', name: 'Hardenberg', population: 61800, postcodeRanges: [[7690, 7699], [7770, 7799]] };

  it('refuses a municipality code given twice, and names both entries', () => {
    const problems = problemsOf({ MUNICIPALITIES: JSON.stringify([ommen, { ...hardenberg, code: '0175' }]) });
    expect(problems).toEqual([expect.stringMatching(/MUNICIPALITIES\[1\]\.code "0175" is also MUNICIPALITIES\[0\]/)]);
  });

  it('refuses postcode ranges that overlap, within one municipality or between two', () => {
    const problems = problemsOf({ MUNICIPALITIES: JSON.stringify([
      { ...ommen, postcodeRanges: [[7730, 7739], [7735, 7736]] }, { ...hardenberg, postcodeRanges: [[7690, 7699], [7739, 7799]] },
    ]) });
    expect(problems).toEqual([
      expect.stringMatching(/MUNICIPALITIES\[0\]\.postcodeRanges 7735-7736 overlaps 7730-7739 of MUNICIPALITIES\[0\]/),
      expect.stringMatching(/MUNICIPALITIES\[1\]\.postcodeRanges 7739-7799 overlaps 7730-7739 of MUNICIPALITIES\[0\]/),
    ]);
  });

  it('refuses partners of an unknown type, a code given twice, or without a name, listed with the other problems', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      PARTNERS: JSON.stringify([
        { code: 'vitens', name: 'Vitens', type: 'WATER' }, { code: 'vitens', name: 'Vitens 2', type: 'WATER' },
        { code: 'eneco', name: 'Eneco', type: 'GAS' }, { code: 'essent', type: 'ENERGY' }, { code: 'x', name: 'X' },
      ]),
    });
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^PORT/),
      expect.stringMatching(/PARTNERS\[1\]\.code "vitens" is also PARTNERS\[0\]/),
      expect.stringMatching(/PARTNERS\[2\]\.type "GAS" is not a partner type; one of RENT, /),
      expect.stringMatching(/PARTNERS\[3\]\.name is required/),
      expect.stringMatching(/PARTNERS\[4\]\.type is required; one of RENT, /),
    ]));
    expect(problems).toHaveLength(5);
  });

  it('lists a malformed entry as a problem instead of failing on it', () => {
    const problems = problemsOf({ MUNICIPALITIES: '[null, 3]', PARTNERS: '["vitens"]' });
    expect(problems).toEqual([
      'MUNICIPALITIES[0] must be an object', 'MUNICIPALITIES[1] must be an object', 'PARTNERS[0] must be an object',
    ]);
  });
});
