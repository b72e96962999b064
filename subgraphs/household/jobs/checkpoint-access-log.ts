import type { JobContext } from '../../shared/worker';
import { checkpointAccessLog } from '../domain/access-log-chain';

/** Per checkpoint directory: the last head sealed by this process. */
const lastSealed = new Map<string, string>();

/** Every minute (cron): seals the chain head outside the database when it moved since the last seal. */
export async function checkpointAccessLogJob(_payload: unknown, { em, config, clock }: JobContext): Promise<void> {
  const [head] = await em.execute<Array<{ seq: string }>>('select max(seq)::text as seq from household.access_log');
  const dir = config.accessLog.checkpointDir;
  if (!head?.seq || head.seq === lastSealed.get(dir)) return;
  await checkpointAccessLog(em, config, clock.now());
  lastSealed.set(dir, head.seq);
}
