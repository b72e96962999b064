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
