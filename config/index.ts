import { resolve } from 'node:path';
import { loadOrCreateDevSecrets, type DevSecrets } from './dev-secrets';
import { checkMunicipalities, checkPartners } from './checks';
import { pilotMunicipalities, pilotPartners } from './pilot';
import { observabilityConfig } from './observability';
import { checkPurposes } from './purposes';
import { operationsConfig } from './operations';
import { guarded, heldSecrets, processSecrets, secretVariables, type ConfigHolder, type ProcessName, type SecretVariable } from './secrets';
import {
  subgraphNames,
  type HubConfig, type MunicipalityConfig, type OperationLimits, type PartnerConfig, type SubgraphName,
} from './types';

export * from './types';
export { processNames, processSecrets, secretVariables, type ConfigHolder, type ProcessName, type SecretVariable } from './secrets';

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const defaultSubgraphPorts: Record<SubgraphName, number> = { signal: 4001, household: 4002, case: 4003, evaluation: 4004 };

/** Reads the environment's values, each checked, collecting every problem instead of stopping at the first. */
class EnvReader {
  readonly problems: string[] = [];
  constructor(readonly env: Env) {}

  int(name: string, fallback: number, min = 0, max = 65535): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) this.problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return value;
  }

  json<T>(name: string, fallback: T): T {
    const raw = this.env[name];
    if (!raw) return fallback;
    try { return JSON.parse(raw) as T; } catch { this.problems.push(`${name} is not valid JSON`); return fallback; }
  }
}

/**
 * The only reader of the environment: every process calls this once at start, naming itself.
 * A process validates, and holds, only the secrets it needs (config/secrets.ts); reading any other
 * throws. Tools name the secrets they need; `npm start` and the tests hold everything.
 */
export function loadConfig(env: Env = process.env, holder: ConfigHolder = 'all'): HubConfig {
  const read = new EnvReader(env);
  const mode = env.NODE_ENV === 'production' ? 'production' : 'development';
  const held = heldSecrets(holder);
  const dataDir = resolve(env.DATA_DIR || '.data');
  const secrets = readSecrets(read, mode, held, dataDir);
  const municipalities = read.json<MunicipalityConfig[]>('MUNICIPALITIES', pilotMunicipalities);
  const partners = read.json<PartnerConfig[]>('PARTNERS', pilotPartners);
  read.problems.push(...checkMunicipalities(municipalities), ...checkPartners(partners));

  // A secret this holder was not given throws when read (guarded), for the top-level ones as for the keys below.
  const config: HubConfig = guarded({
    mode,
    databaseUrl: secrets.databaseUrl,
    embeddedPostgres: { port: read.int('EMBEDDED_PG_PORT', 54329, 1), dataDir: resolve(dataDir, 'postgres'), password: secrets.embeddedPostgresPassword },
    dataDir,
    gateway: guarded({
      host: env.HOST || '127.0.0.1',
      port: read.int('PORT', 4000),
      maxRequestBytes: read.int('MAX_REQUEST_BYTES', 2_000_000, 1_000, 100_000_000),
      headersTimeoutMs: read.int('HEADERS_TIMEOUT_SECONDS', 5, 1, 600) * 1000,
      requestTimeoutMs: read.int('REQUEST_TIMEOUT_SECONDS', 15, 1, 3600) * 1000,
      metricsToken: secrets.metricsToken,
    }, { metricsToken: 'METRICS_TOKEN' }, held, holder),
    subgraphs: subgraphAddresses(read),
    auth: guarded({
      issuer: env.AUTH_ISSUER || (mode === 'production' ? '' : 'voor-elkaar-dev'),
      audience: env.AUTH_AUDIENCE || (mode === 'production' ? '' : 'voor-elkaar-hub'),
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      maxTokenLifetimeSeconds: read.int('AUTH_MAX_TOKEN_LIFETIME_SECONDS', 3600, 60, 86_400),
      jwtSecret: secrets.jwtSecret,
    }, { jwtSecret: 'AUTH_JWT_SECRET' }, held, holder),
    subgraphSigningSecret: secrets.subgraphSigningSecret,
    privacy: guarded(
      { lookupHashKey: secrets.lookupHashKey, evaluationPseudonymKey: secrets.evaluationPseudonymKey, personalData: secrets.personalData },
      { lookupHashKey: 'LOOKUP_HASH_KEY', evaluationPseudonymKey: 'EVALUATION_PSEUDONYM_KEY', personalData: 'PERSONAL_DATA_KEYS' }, held, holder,
    ),
    accessLog: guarded(
      { macKey: secrets.accessLogMacKey, checkpointDir: resolve(env.ACCESS_LOG_CHECKPOINT_DIR || resolve(dataDir, 'access-log-checkpoints')) },
      { macKey: 'ACCESS_LOG_MAC_KEY' }, held, holder,
    ),
    purposes: checkPurposes(read.json<unknown>('PURPOSES', undefined), ['partner', 'consultant', 'analyst', 'privacy_officer', 'cbs'], read.problems),
    limits: operationLimits(read),
    municipalities,
    partners,
    suppressionThreshold: read.int('SUPPRESSION_THRESHOLD', 10, 1, 1_000_000),
    web: webLogin(env, mode, Boolean(secrets.jwtSecret && !env.AUTH_JWKS_URL), read.problems),
    operations: operationsConfig(env, read.problems),
    observability: observabilityConfig(env, mode, read.problems),
  }, { databaseUrl: 'DATABASE_URL', subgraphSigningSecret: 'SUBGRAPH_SIGNING_SECRET' }, held, holder);
  if (!config.auth.issuer) read.problems.push('AUTH_ISSUER is required in production');
  if (!config.auth.audience) read.problems.push('AUTH_AUDIENCE is required in production');
  if (held.has('ACCESS_LOG_MAC_KEY') && mode === 'production' && !env.ACCESS_LOG_CHECKPOINT_DIR) {
    read.problems.push('ACCESS_LOG_CHECKPOINT_DIR is required in production (a directory the database cannot reach)');
  }
  if (read.problems.length) throw new ConfigError(read.problems);
  return config;
}

/** The configuration of the gateway: it holds no database login and no key that decrypts or hashes personal data. */
export type GatewayConfig = Omit<HubConfig, 'databaseUrl' | 'embeddedPostgres' | 'privacy' | 'accessLog'>;

function subgraphAddresses(read: EnvReader): HubConfig['subgraphs'] {
  const subgraphs = {} as HubConfig['subgraphs'];
  for (const name of subgraphNames) {
    const port = read.int(`${name.toUpperCase()}_PORT`, defaultSubgraphPorts[name]);
    subgraphs[name] = { port, url: read.env[`${name.toUpperCase()}_URL`] || `http://127.0.0.1:${port}/graphql` };
  }
  return subgraphs;
}

function operationLimits(read: EnvReader): OperationLimits {
  return {
    maxDepth: read.int('MAX_QUERY_DEPTH', 12, 1, 100),
    maxAliases: read.int('MAX_QUERY_ALIASES', 30, 0, 10_000),
    maxDirectives: read.int('MAX_QUERY_DIRECTIVES', 20, 0, 10_000),
    maxTokens: read.int('MAX_QUERY_TOKENS', 3000, 10, 1_000_000),
    maxCost: read.int('MAX_QUERY_COST', 50_000, 1, 100_000_000),
    listFactor: read.int('QUERY_COST_LIST_FACTOR', 10, 1, 10_000),
    maxListLength: read.int('MAX_LIST_LENGTH', 1000, 1, 1_000_000),
  };
}

/**
 * The secrets this holder holds, each from the environment or, in development, from the generated
 * development secrets (read only when a held secret is missing). Production requires every held one.
 */
function readSecrets(read: EnvReader, mode: HubConfig['mode'], held: ReadonlySet<SecretVariable>, dataDir: string) {
  const { env, problems } = read;
  let dev: DevSecrets | undefined;
  const devSecret = (name: keyof DevSecrets) => (mode === 'production' ? '' : (dev ??= loadOrCreateDevSecrets(dataDir))[name]);
  const secret = (variable: SecretVariable, devName: keyof DevSecrets, rule: string) => {
    if (!held.has(variable)) return '';
    const value = env[variable] || devSecret(devName);
    if (value.length < 32) problems.push(`${variable} must be set, ${rule}`);
    return value;
  };
  if (held.has('DATABASE_URL') && mode === 'production' && !env.DATABASE_URL) {
    problems.push('DATABASE_URL is required in production (the embedded PostgreSQL is for development)');
  }
  let jwtSecret: string | undefined;
  if (held.has('AUTH_JWT_SECRET')) {
    jwtSecret = env.AUTH_JWT_SECRET || (env.AUTH_JWKS_URL ? undefined : devSecret('jwtSecret') || undefined);
    if (!env.AUTH_JWKS_URL && !jwtSecret) problems.push('set AUTH_JWKS_URL (production) or AUTH_JWT_SECRET');
    if (jwtSecret && jwtSecret.length < 32) problems.push('AUTH_JWT_SECRET must be at least 32 characters');
  }
  return {
    databaseUrl: held.has('DATABASE_URL') ? env.DATABASE_URL || undefined : undefined,
    // Without DATABASE_URL a development process uses `npm start`'s embedded database, as its owner.
    embeddedPostgresPassword: held.has('DATABASE_URL') && !env.DATABASE_URL ? devSecret('embeddedPostgresPassword') : '',
    jwtSecret,
    subgraphSigningSecret: secret('SUBGRAPH_SIGNING_SECRET', 'subgraphSigningSecret', 'at least 32 characters'),
    metricsToken: secret('METRICS_TOKEN', 'metricsToken', 'at least 32 characters (the credential of GET /metrics)'),
    lookupHashKey: secret('LOOKUP_HASH_KEY', 'lookupHashKey', 'at least 32 characters'),
    evaluationPseudonymKey: secret('EVALUATION_PSEUDONYM_KEY', 'evaluationPseudonymKey', 'at least 32 characters'),
    accessLogMacKey: secret('ACCESS_LOG_MAC_KEY', 'accessLogMacKey', 'at least 32 characters'),
    personalData: held.has('PERSONAL_DATA_KEYS') ? personalDataKeys(env, mode === 'production' ? undefined : () => devSecret('personalDataKey'), problems) : { keys: {}, currentKeyId: '' },
  };
}

/** PERSONAL_DATA_KEYS (JSON id → base64 32-byte key) and PERSONAL_DATA_KEY_ID; generated in development. */
function personalDataKeys(env: Env, devKey: (() => string) | undefined, problems: string[]) {
  if (!env.PERSONAL_DATA_KEYS) {
    if (devKey) return { keys: { dev: devKey() }, currentKeyId: 'dev' };
    problems.push('PERSONAL_DATA_KEYS is required in production');
    return { keys: {}, currentKeyId: '' };
  }
  let keys: Record<string, string> = {};
  try { keys = JSON.parse(env.PERSONAL_DATA_KEYS); } catch { problems.push('PERSONAL_DATA_KEYS is not valid JSON'); }
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) keys = {};
  for (const [id, key] of Object.entries(keys)) {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) problems.push(`PERSONAL_DATA_KEYS: key id "${id}" must be 1-32 letters, digits, _ or -`);
    if (typeof key !== 'string' || Buffer.from(key, 'base64').length !== 32) problems.push(`PERSONAL_DATA_KEYS: key "${id}" must be base64 of 32 bytes`);
  }
  const currentKeyId = env.PERSONAL_DATA_KEY_ID || (Object.keys(keys).length === 1 ? Object.keys(keys)[0] : '');
  if (!(currentKeyId in keys)) problems.push('PERSONAL_DATA_KEY_ID must name one of the PERSONAL_DATA_KEYS');
  return { keys, currentKeyId };
}

function webLogin(env: Env, mode: HubConfig['mode'], hasDevSecret: boolean, problems: string[]): HubConfig['web'] {
  const oidcAuthority = env.OIDC_AUTHORITY || undefined;
  if (oidcAuthority && !/^https?:\/\/[^\s]+$/.test(oidcAuthority)) problems.push('OIDC_AUTHORITY must be an http(s) URL');
  if (oidcAuthority && mode === 'production' && !oidcAuthority.startsWith('https://')) problems.push('OIDC_AUTHORITY must use https in production');
  return {
    oidcAuthority,
    oidcClientId: env.OIDC_CLIENT_ID || 'voor-elkaar-web',
    oidcScope: env.OIDC_SCOPE || 'openid profile',
    devLogin: mode === 'development' && hasDevSecret && env.DEV_LOGIN !== 'off',
  };
}

/**
 * The environment of one child process of `npm start`: this one's public settings, the secrets that
 * process holds (from `config`, so that development secrets reach it without it reading the file of
 * all of them) and nothing of the others', plus what the supervisor decided (`extra`).
 */
export function childEnv(name: ProcessName | 'database', config: HubConfig, extra: Env = {}, env: Env = process.env): NodeJS.ProcessEnv {
  // The embedded database process reads its own password (it is the database); it gets no other secret.
  const holds = name === 'database' ? [] : processSecrets[name];
  const child: Env = Object.fromEntries(Object.entries(env).filter(([key]) => !(secretVariables as readonly string[]).includes(key) && key !== 'PERSONAL_DATA_KEY_ID'));
  // Read only what this process holds: a configuration may lack (and guard) the others.
  const values: Record<SecretVariable, () => string | undefined> = {
    DATABASE_URL: () => config.databaseUrl,
    AUTH_JWT_SECRET: () => config.auth.jwtSecret,
    SUBGRAPH_SIGNING_SECRET: () => config.subgraphSigningSecret,
    METRICS_TOKEN: () => config.gateway.metricsToken,
    LOOKUP_HASH_KEY: () => config.privacy.lookupHashKey,
    EVALUATION_PSEUDONYM_KEY: () => config.privacy.evaluationPseudonymKey,
    PERSONAL_DATA_KEYS: () => JSON.stringify(config.privacy.personalData.keys),
    ACCESS_LOG_MAC_KEY: () => config.accessLog.macKey,
  };
  for (const variable of holds) child[variable] = values[variable]();
  if (holds.includes('PERSONAL_DATA_KEYS')) child.PERSONAL_DATA_KEY_ID = config.privacy.personalData.currentKeyId;
  return { ...child, ...extra } as NodeJS.ProcessEnv;
}

/** This process's configuration from its environment, holding only what `holder` holds (see loadConfig). */
export function configFor(holder: ConfigHolder): HubConfig {
  return loadConfig(process.env, holder);
}
