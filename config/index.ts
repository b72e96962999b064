import { resolve } from 'node:path';
import { loadOrCreateDevSecrets } from './dev-secrets';
import { checkMunicipalities, checkPartners } from './checks';
import { pilotMunicipalities, pilotPartners } from './pilot';
import { checkPurposes } from './purposes';
import { operationsConfig } from './operations';
import {
  subgraphNames,
  type HubConfig, type MunicipalityConfig, type PartnerConfig, type SubgraphName,
} from './types';

export * from './types';

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const defaultSubgraphPorts: Record<SubgraphName, number> = { signal: 4001, household: 4002, case: 4003, evaluation: 4004 };

/** The only reader of the environment: every process calls this once at start. */
export function loadConfig(env: Env = process.env): HubConfig {
  const problems: string[] = [];
  const mode = env.NODE_ENV === 'production' ? 'production' : 'development';
  const int = (name: string, fallback: number, min = 0, max = 65535) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return value;
  };
  const json = <T>(name: string, fallback: T): T => {
    const raw = env[name];
    if (!raw) return fallback;
    try { return JSON.parse(raw) as T; } catch { problems.push(`${name} is not valid JSON`); return fallback; }
  };

  const dataDir = resolve(env.DATA_DIR || '.data');
  const subgraphs = {} as HubConfig['subgraphs'];
  for (const name of subgraphNames) {
    const port = int(`${name.toUpperCase()}_PORT`, defaultSubgraphPorts[name]);
    subgraphs[name] = { port, url: env[`${name.toUpperCase()}_URL`] || `http://127.0.0.1:${port}/graphql` };
  }

  const needsSecret = mode === 'production';
  const dev = needsSecret ? undefined : lazyDevSecrets(dataDir);
  const auth = {
    issuer: env.AUTH_ISSUER || (needsSecret ? '' : 'voor-elkaar-dev'),
    audience: env.AUTH_AUDIENCE || (needsSecret ? '' : 'voor-elkaar-hub'),
    jwksUrl: env.AUTH_JWKS_URL || undefined,
    maxTokenLifetimeSeconds: int('AUTH_MAX_TOKEN_LIFETIME_SECONDS', 3600, 60, 86_400),
    jwtSecret: env.AUTH_JWT_SECRET || (env.AUTH_JWKS_URL ? undefined : dev?.().jwtSecret),
  };
  if (needsSecret && !env.DATABASE_URL) problems.push('DATABASE_URL is required in production (the embedded PostgreSQL is for development)');
  if (!auth.issuer) problems.push('AUTH_ISSUER is required in production');
  if (!auth.audience) problems.push('AUTH_AUDIENCE is required in production');
  if (!auth.jwksUrl && !auth.jwtSecret) problems.push('set AUTH_JWKS_URL (production) or AUTH_JWT_SECRET');
  if (auth.jwtSecret && auth.jwtSecret.length < 32) problems.push('AUTH_JWT_SECRET must be at least 32 characters');
  const subgraphSigningSecret = env.SUBGRAPH_SIGNING_SECRET || dev?.().subgraphSigningSecret || '';
  if (subgraphSigningSecret.length < 32) problems.push('SUBGRAPH_SIGNING_SECRET must be set, at least 32 characters');
  const privacy = {
    lookupHashKey: env.LOOKUP_HASH_KEY || dev?.().lookupHashKey || '',
    evaluationPseudonymKey: env.EVALUATION_PSEUDONYM_KEY || dev?.().evaluationPseudonymKey || '',
  };
  const personalData = personalDataKeys(env, dev, problems);
  if (privacy.lookupHashKey.length < 32) problems.push('LOOKUP_HASH_KEY must be set, at least 32 characters');
  if (privacy.evaluationPseudonymKey.length < 32) problems.push('EVALUATION_PSEUDONYM_KEY must be set, at least 32 characters');

  const accessLog = {
    macKey: env.ACCESS_LOG_MAC_KEY || dev?.().accessLogMacKey || '',
    checkpointDir: resolve(env.ACCESS_LOG_CHECKPOINT_DIR || resolve(dataDir, 'access-log-checkpoints')),
  };
  if (accessLog.macKey.length < 32) problems.push('ACCESS_LOG_MAC_KEY must be set, at least 32 characters');
  if (needsSecret && !env.ACCESS_LOG_CHECKPOINT_DIR) problems.push('ACCESS_LOG_CHECKPOINT_DIR is required in production (a directory the database cannot reach)');

  const metricsToken = env.METRICS_TOKEN || dev?.().metricsToken || '';
  if (metricsToken.length < 32) problems.push('METRICS_TOKEN must be set, at least 32 characters (the credential of GET /metrics)');
  const purposes = checkPurposes(json<unknown>('PURPOSES', undefined), ['partner', 'consultant', 'analyst', 'privacy_officer', 'cbs'], problems);

  const municipalities = json<MunicipalityConfig[]>('MUNICIPALITIES', pilotMunicipalities);
  const partners = json<PartnerConfig[]>('PARTNERS', pilotPartners);
  problems.push(...checkMunicipalities(municipalities), ...checkPartners(partners));

  const config: HubConfig = {
    mode,
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPostgres: {
      port: int('EMBEDDED_PG_PORT', 54329, 1), dataDir: resolve(dataDir, 'postgres'), password: dev?.().embeddedPostgresPassword ?? '',
    },
    dataDir,
    gateway: {
      host: env.HOST || '127.0.0.1',
      port: int('PORT', 4000),
      maxRequestBytes: int('MAX_REQUEST_BYTES', 2_000_000, 1_000, 100_000_000),
      headersTimeoutMs: int('HEADERS_TIMEOUT_SECONDS', 5, 1, 600) * 1000,
      requestTimeoutMs: int('REQUEST_TIMEOUT_SECONDS', 15, 1, 3600) * 1000,
      metricsToken,
    },
    subgraphs,
    auth,
    subgraphSigningSecret,
    privacy: { ...privacy, personalData },
    accessLog,
    purposes,
    limits: {
      maxDepth: int('MAX_QUERY_DEPTH', 12, 1, 100),
      maxAliases: int('MAX_QUERY_ALIASES', 30, 0, 10_000),
      maxDirectives: int('MAX_QUERY_DIRECTIVES', 20, 0, 10_000),
      maxTokens: int('MAX_QUERY_TOKENS', 3000, 10, 1_000_000),
      maxCost: int('MAX_QUERY_COST', 50_000, 1, 100_000_000),
      listFactor: int('QUERY_COST_LIST_FACTOR', 10, 1, 10_000),
      maxListLength: int('MAX_LIST_LENGTH', 1000, 1, 1_000_000),
    },
    municipalities,
    partners,
    suppressionThreshold: int('SUPPRESSION_THRESHOLD', 10, 1, 1_000_000),
    web: webLogin(env, mode, Boolean(auth.jwtSecret && !auth.jwksUrl), problems),
    operations: operationsConfig(env, problems),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** PERSONAL_DATA_KEYS (JSON id → base64 32-byte key) and PERSONAL_DATA_KEY_ID; generated in development. */
function personalDataKeys(env: Env, dev: (() => ReturnType<typeof loadOrCreateDevSecrets>) | undefined, problems: string[]) {
  if (!env.PERSONAL_DATA_KEYS) {
    if (dev) return { keys: { dev: dev().personalDataKey }, currentKeyId: 'dev' };
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

function lazyDevSecrets(dataDir: string) {
  let cached: ReturnType<typeof loadOrCreateDevSecrets> | undefined;
  return () => (cached ??= loadOrCreateDevSecrets(dataDir));
}

/** The environment for a child process of `npm start`: this one's, plus what the supervisor decided. */
export function childEnv(extra: Env, env: Env = process.env): NodeJS.ProcessEnv {
  return { ...env, ...extra };
}
