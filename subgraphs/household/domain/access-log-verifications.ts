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
  const report = await withPgClient(em, (db) => verifyAccessLog(db, checkpointStore(config)));
  const verification: Verification = {
    at, actorSub, ok: report.ok, checked: report.checked, brokenAt: report.brokenAt?.seq ?? null, reason: report.brokenAt?.reason ?? null,
  };
  await em.execute(
    'insert into household.access_log_verification (at, actor_sub, ok, checked, broken_seq, reason) values (?, ?, ?, ?, ?, ?)',
    [at, actorSub, verification.ok, verification.checked, verification.brokenAt, verification.reason],
  );
  return verification;
}

export async function lastVerification(em: EntityManager): Promise<Verification | null> {
  const [row] = await em.execute<Array<Record<string, any>>>(
    'select at, actor_sub, ok, checked, broken_seq, reason from household.access_log_verification order by id desc limit 1',
  );
  return row ? { at: new Date(row.at), actorSub: row.actor_sub, ok: row.ok, checked: Number(row.checked), brokenAt: row.broken_seq, reason: row.reason } : null;
}

/** verifyAccessLog speaks node-postgres (`$1` parameters); lend it a pooled connection of the ORM. */
async function withPgClient(em: EntityManager, use: (db: Pick<Pool, 'query'>) => Promise<ChainReport>): Promise<ChainReport> {
  const knexClient = (em.getKnex() as any).client;
  const connection = await knexClient.acquireConnection();
  try {
    return await use(connection);
  } finally {
    await knexClient.releaseConnection(connection);
  }
}
