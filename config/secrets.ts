import { subgraphNames, type SubgraphName } from './types';

/**
 * The environment variables that carry a secret (a credential or a key). Everything else in the
 * environment (ports, municipalities, limits) is public configuration every process may read.
 */
export const secretVariables = [
  'DATABASE_URL',
  'AUTH_JWT_SECRET',
  'SUBGRAPH_SIGNING_SECRET',
  'METRICS_TOKEN',
  'LOOKUP_HASH_KEY',
  'EVALUATION_PSEUDONYM_KEY',
  'PERSONAL_DATA_KEYS',
  'ACCESS_LOG_MAC_KEY',
] as const;
export type SecretVariable = (typeof secretVariables)[number];

export type ProcessName = 'gateway' | SubgraphName;
export const processNames: readonly ProcessName[] = ['gateway', ...subgraphNames];

/** What every service process needs: the signature between gateway and subgraphs, the users' tokens, /metrics. */
const everyService: SecretVariable[] = ['AUTH_JWT_SECRET', 'SUBGRAPH_SIGNING_SECRET', 'METRICS_TOKEN'];

/**
 * Which secrets each process holds; it is given no other. The gateway decrypts nothing and has no
 * database; each subgraph gets its own database login (DATABASE_URL) and only the keys its data needs.
 */
export const processSecrets: Record<ProcessName, readonly SecretVariable[]> = {
  gateway: everyService,
  // Signals arrive with the resident's data: the payload hash (idempotency) and the sealed resident.
  signal: [...everyService, 'DATABASE_URL', 'LOOKUP_HASH_KEY', 'PERSONAL_DATA_KEYS'],
  // Residents and addresses (encrypted, found by keyed hash) and the access log with its MAC chain.
  household: [...everyService, 'DATABASE_URL', 'LOOKUP_HASH_KEY', 'PERSONAL_DATA_KEYS', 'ACCESS_LOG_MAC_KEY'],
  // Case and contact notes are personal data.
  case: [...everyService, 'DATABASE_URL', 'PERSONAL_DATA_KEYS'],
  // Pseudonymous facts only: its own pseudonym key, no key that decrypts personal data.
  evaluation: [...everyService, 'DATABASE_URL', 'EVALUATION_PSEUDONYM_KEY'],
};

/** Who a configuration is for: one process, a tool that names the secrets it needs, or everything (`npm start`, tests). */
export type ConfigHolder = ProcessName | readonly SecretVariable[] | 'all';

export function heldSecrets(holder: ConfigHolder): ReadonlySet<SecretVariable> {
  if (holder === 'all') return new Set(secretVariables);
  return new Set(typeof holder === 'string' ? processSecrets[holder] : holder);
}

/** A secret this process was not given: reading it is a programming error, said plainly. */
export function withheld(variable: SecretVariable, holder: ConfigHolder): never {
  const who = typeof holder === 'string' ? `the ${holder} process` : 'this command';
  throw new Error(`${variable} is not held by ${who}: each process gets only its own secrets (config/secrets.ts)`);
}

/**
 * An object whose fields are the given values, except that a field whose secret is not held
 * throws when read (instead of answering an empty key that would hash or decrypt silently wrong).
 */
export function guarded<T extends object>(values: T, secretOf: Partial<Record<keyof T, SecretVariable>>, held: ReadonlySet<SecretVariable>, holder: ConfigHolder): T {
  const result = {} as T;
  for (const key of Object.keys(values) as Array<keyof T>) {
    const secret = secretOf[key];
    if (secret && !held.has(secret)) Object.defineProperty(result, key, { enumerable: false, get: () => withheld(secret, holder) });
    else result[key] = values[key];
  }
  return result;
}
