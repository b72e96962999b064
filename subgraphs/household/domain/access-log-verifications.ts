import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { HubConfig } from '../../../config';
import { checkpointStore } from './access-log-chain';
import { verifyAccessLog, type ChainReport } from './access-log-verify';

export interface Verification { at: Date; actorSub: string; ok: boolean; checked: number; brokenAt: string | null; reason: string | null }

/**
 * Runs `audit:verify`'s check over the subgraph's own connection and keeps its outcome, so the
 * privacy officer can show when the log was last verified and what was found.
 */
export async function runVerification(em: EntityManager, config: HubConfig, actorSub: string, at: Date): Promise<Verification> {
  return withPgClient(em, async (db) => keepVerification(db, verificationOf(await verifyAccessLog(db, checkpointStore(config)), actorSub, at)));
}

export function verificationOf(report: ChainReport, actorSub: string, at: Date): Verification {
  return { at, actorSub, ok: report.ok, checked: report.checked, brokenAt: report.brokenAt?.seq ?? null, reason: report.brokenAt?.reason ?? null };
}

/** Keeps a verification's outcome where the console reads it, whoever ran it (the console, or `npm run audit:verify`). */
export async function keepVerification(db: Pick<Pool, 'query'>, verification: Verification): Promise<Verification> {
  await db.query(
    'insert into household.access_log_verification (at, actor_sub, ok, checked, broken_seq, reason) values ($1, $2, $3, $4, $5, $6)',
    [verification.at, verification.actorSub, verification.ok, verification.checked, verification.brokenAt, verification.reason],
  );
  return verification;
}

export async function lastVerification(em: EntityManager): Promise<Verification | null> {
  const [row] = await em.execute<Array<Record<string, any>>>(
    'select at, actor_sub, ok, checked, broken_seq, reason from household.access_log_verification order by id desc limit 1',
  );
  return row ? { at: new Date(row.at), actorSub: row.actor_sub, ok: row.ok, checked: Number(row.checked), brokenAt: row.broken_seq, reason: row.reason } : null;
}

/** The part of knex's client that lends out its pooled node-postgres connections. */
interface PooledClient {
  acquireConnection(): Promise<Pick<Pool, 'query'>>;
  releaseConnection(connection: Pick<Pool, 'query'>): Promise<void>;
}

/** verifyAccessLog speaks node-postgres (`$1` parameters); lend it a pooled connection of the ORM. */
async function withPgClient<T>(em: EntityManager, use: (db: Pick<Pool, 'query'>) => Promise<T>): Promise<T> {
  const knexClient = (em.getKnex() as unknown as { client: PooledClient }).client;
  const connection = await knexClient.acquireConnection();
  try {
    return await use(connection);
  } finally {
    await knexClient.releaseConnection(connection);
  }
}
