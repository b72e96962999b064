import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, ConfigError, loadConfig, processNames, type HubConfig, type ProcessName } from '../../config';

/**
 * The secrets each process must be given in production, written out here as the README states
 * them (not read from config/secrets.ts, so that a change there has to be a deliberate change here).
 */
const expected: Record<ProcessName, string[]> = {
  gateway: ['AUTH_JWT_SECRET', 'SUBGRAPH_SIGNING_SECRET', 'METRICS_TOKEN'],
  signal: ['AUTH_JWT_SECRET', 'SUBGRAPH_SIGNING_SECRET', 'METRICS_TOKEN', 'DATABASE_URL', 'LOOKUP_HASH_KEY', 'PERSONAL_DATA_KEYS'],
  household: ['AUTH_JWT_SECRET', 'SUBGRAPH_SIGNING_SECRET', 'METRICS_TOKEN', 'DATABASE_URL', 'LOOKUP_HASH_KEY', 'PERSONAL_DATA_KEYS', 'ACCESS_LOG_MAC_KEY'],
  case: ['AUTH_JWT_SECRET', 'SUBGRAPH_SIGNING_SECRET', 'METRICS_TOKEN', 'DATABASE_URL', 'PERSONAL_DATA_KEYS'],
  evaluation: ['AUTH_JWT_SECRET', 'SUBGRAPH_SIGNING_SECRET', 'METRICS_TOKEN', 'DATABASE_URL', 'EVALUATION_PSEUDONYM_KEY'],
};
const allSecrets = [...new Set(Object.values(expected).flat())];

/** How code reads each secret from a configuration. */
const secretReaders = (config: HubConfig): Record<string, () => unknown> => ({
  DATABASE_URL: () => config.databaseUrl,
  AUTH_JWT_SECRET: () => config.auth.jwtSecret,
  SUBGRAPH_SIGNING_SECRET: () => config.subgraphSigningSecret,
  METRICS_TOKEN: () => config.gateway.metricsToken,
  LOOKUP_HASH_KEY: () => config.privacy.lookupHashKey,
  EVALUATION_PSEUDONYM_KEY: () => config.privacy.evaluationPseudonymKey,
  PERSONAL_DATA_KEYS: () => config.privacy.personalData,
  ACCESS_LOG_MAC_KEY: () => config.accessLog.macKey,
});

const secret = () => randomBytes(32).toString('base64url');
const valueOf = (variable: string) => {
  if (variable === 'DATABASE_URL') return 'postgres://someone:pw@db.example.nl/voor_elkaar';
  if (variable === 'PERSONAL_DATA_KEYS') return JSON.stringify({ k1: randomBytes(32).toString('base64') });
  return secret();
};
const production = {
  NODE_ENV: 'production', AUTH_ISSUER: 'https://login.example.nl', AUTH_AUDIENCE: 'voor-elkaar-hub', ACCESS_LOG_CHECKPOINT_DIR: '/var/lib/checkpoints',
};
const problemsOf = (env: Record<string, string>, holder: ProcessName) => {
  try {
    loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-config-')), ...env }, holder);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe('each process holds only its own secrets', () => {
  it.each(processNames)('%s starts in production with exactly its own secrets, and names each one it lacks', (name) => {
    const own = Object.fromEntries(expected[name].map((v) => [v, valueOf(v)]));
    expect(problemsOf({ ...production, ...own }, name)).toEqual([]);
    for (const variable of expected[name]) {
      const { [variable]: _left, ...without } = own;
      const problems = problemsOf({ ...production, ...without }, name);
      // AUTH_JWT_SECRET is one of two ways to verify tokens: its problem names AUTH_JWKS_URL too.
      expect(problems).toEqual([expect.stringContaining(variable === 'AUTH_JWT_SECRET' ? 'AUTH_JWKS_URL' : variable)]);
    }
  });

  it.each(processNames)("%s cannot read another process's secret, even when its environment carries it", (name) => {
    const everything = Object.fromEntries(allSecrets.map((v) => [v, valueOf(v)]));
    const config = loadConfig({ ...production, ...everything }, name);
    for (const [variable, read] of Object.entries(secretReaders(config))) {
      if (expected[name].includes(variable)) expect(read()).toBeTruthy();
      else expect(read).toThrow(new RegExp(`${variable} is not held by the ${name} process`));
    }
    if (expected[name].includes('DATABASE_URL')) expect(config.databaseUrl).toBe(everything.DATABASE_URL);
  });

  it('a command holds the secrets it names and no other (an unheld one is an error, never an empty key)', () => {
    const everything = Object.fromEntries(allSecrets.map((v) => [v, valueOf(v)]));
    const config = loadConfig({ ...production, ...everything }, ['DATABASE_URL', 'ACCESS_LOG_MAC_KEY']);
    for (const [variable, read] of Object.entries(secretReaders(config))) {
      if (['DATABASE_URL', 'ACCESS_LOG_MAC_KEY'].includes(variable)) expect(read()).toBe(everything[variable]);
      else expect(read).toThrow(new RegExp(`${variable} is not held by this command`));
    }
  });

  it.each(processNames)("npm start gives %s's process its own secrets and none of the others', whatever its own environment holds", (name) => {
    const parent = { ...Object.fromEntries(allSecrets.map((v) => [v, valueOf(v)])), PERSONAL_DATA_KEY_ID: 'k1', PORT: '4000', DATA_DIR: '/tmp/x' };
    const config = loadConfig({ ...parent, ...production });
    const env = childEnv(name, { ...config, databaseUrl: `postgres://${name}_role:pw@127.0.0.1/voor_elkaar` }, {}, parent);
    const present = allSecrets.filter((variable) => env[variable] !== undefined);
    expect(present.sort()).toEqual([...expected[name]].sort());
    // Public settings pass through; its database login is its own role's.
    expect(env.PORT).toBe('4000');
    if (expected[name].includes('DATABASE_URL')) expect(env.DATABASE_URL).toContain(`${name}_role`);
    // What it is given is enough to start it.
    expect(() => loadConfig({ ...production, ...env } as Record<string, string>, name)).not.toThrow();
  });
});
