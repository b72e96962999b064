import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevSecrets {
  jwtSecret: string;
  subgraphSigningSecret: string;
  lookupHashKey: string;
  evaluationPseudonymKey: string;
  /** 32 random bytes (base64url): the development key for personal data at rest. */
  personalDataKey: string;
  /** The credential of GET /metrics in development. */
  metricsToken: string;
  /** The development key of the access log's MAC chain. */
  accessLogMacKey: string;
  /** The password of `npm start`'s embedded PostgreSQL, set when its cluster is created. */
  embeddedPostgresPassword: string;
}

/**
 * Development secrets are generated once per machine into the data folder, so that
 * `npm start` and `npm run token` agree without any secret living in the repository.
 */
export function loadOrCreateDevSecrets(dataDir: string): DevSecrets {
  const file = join(dataDir, 'dev-secrets.json');
  const stored: Partial<DevSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets = { ...stored } as DevSecrets;
  for (const name of secretNames) secrets[name] ||= randomBytes(32).toString('base64url');
  if (secretNames.some((name) => stored[name] !== secrets[name])) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return secrets;
}

const secretNames: Array<keyof DevSecrets> = ['jwtSecret', 'subgraphSigningSecret', 'lookupHashKey', 'evaluationPseudonymKey', 'personalDataKey', 'accessLogMacKey', 'metricsToken', 'embeddedPostgresPassword'];
