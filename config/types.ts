import type { PartnerType } from '../subgraphs/shared/enums';
import type { OperationsConfig } from './operations';
import type { ObservabilityConfig } from './observability';

export type { ObservabilityConfig } from './observability';

export const subgraphNames = ['signal', 'household', 'case', 'evaluation'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export interface MunicipalityConfig {
  code: string;
  name: string;
  population: number;
  /** Inclusive ranges of the four postcode digits that lie in this municipality. */
  postcodeRanges: Array<[number, number]>;
  /** Signals under this amount are not picked up (0: every amount counts). */
  minimumAmountEuro: number;
  /** Norm: first contact attempt within this many calendar days of receiving a signal. */
  contactWithinDays: number;
  /** Norm for crisis signals: first contact attempt within this many working days. */
  crisisContactWithinWorkingDays: number;
  /** A same-partner, same-arrears signal within this many days of a handled one is a repeat. */
  repeatWindowDays: number;
  /** Personal data of a signal that opened no case is erased this many months after it arrived. */
  retentionNoCaseMonths: number;
  /** Personal data of a closed case is erased this many months after closing. */
  retentionClosedCaseMonths: number;
}

export interface PartnerConfig {
  code: string;
  name: string;
  type: PartnerType;
}

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** HS256 secret (development and tests). */
  jwtSecret?: string;
  /** JWKS endpoint of the identity provider (production). */
  jwksUrl?: string;
  /** Longest accepted token lifetime (`exp - iat`), in seconds. */
  maxTokenLifetimeSeconds: number;
}

/** How people log in to the web app served at the gateway's root. */
export interface WebLoginConfig {
  /** The municipality's OpenID Connect provider (issuer URL); unset: no production login. */
  oidcAuthority?: string;
  oidcClientId: string;
  oidcScope: string;
  /** The development login page and its token endpoint (development mode only, never in production). */
  devLogin: boolean;
}

export interface HubConfig {
  mode: 'development' | 'production';
  /** Unset: `npm start` runs an embedded PostgreSQL. */
  databaseUrl?: string;
  /** The embedded PostgreSQL of `npm start`; its password is generated once (development secrets). */
  embeddedPostgres: { port: number; dataDir: string; password: string };
  dataDir: string;
  gateway: {
    host: string; port: number; maxRequestBytes: number;
    /** Slow clients (gateway and subgraphs): headers, and the whole request, must arrive within these times. */
    headersTimeoutMs: number; requestTimeoutMs: number;
    /** Bearer credential of GET /metrics (its own; no user token opens it). */
    metricsToken: string;
  };
  subgraphs: Record<SubgraphName, { port: number; url: string }>;
  auth: AuthConfig;
  /** Shared secret with which the gateway signs every subgraph request. */
  subgraphSigningSecret: string;
  /** Keys that protect personal data: lookup hashes (BSN, address) and the evaluation pseudonym. */
  privacy: {
    lookupHashKey: string;
    evaluationPseudonymKey: string;
    /** AES-256-GCM keys for personal data at rest: id → base64 of 32 bytes; `currentKeyId` encrypts. */
    personalData: { keys: Record<string, string>; currentKeyId: string };
  };
  /** Purposes of processing each role may declare (X-Purpose); the first is its default. */
  purposes: Record<string, string[]>;
  /** The tamper-evident access log: its MAC key (never in the database) and where its checkpoints go. */
  accessLog: { macKey: string; checkpointDir: string };
  /** Limits on every operation the gateway accepts (4xx above them). */
  limits: OperationLimits;
  municipalities: MunicipalityConfig[];
  partners: PartnerConfig[];
  /** Counts below this are suppressed in evaluation reports (small-cell protection). */
  suppressionThreshold: number;
  web: WebLoginConfig;
  operations: OperationsConfig;
  /** Log level and format, and where traces go (config/observability.ts). */
  observability: ObservabilityConfig;
}

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Estimated cost: one per field, times the page size (or `listFactor`) of every list above it. */
  maxCost: number;
  listFactor: number;
  /** Most items of any list a client sends in variables. */
  maxListLength: number;
}
export type { OperationsConfig, SubgraphRole } from './operations';
