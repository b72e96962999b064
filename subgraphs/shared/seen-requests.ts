import type { MikroORM } from '@mikro-orm/postgresql';
import { maxClockSkewMs, signatureWindowMs } from './signature';

/**
 * Request ids a subgraph has accepted, in its own schema, so a signed request replayed to this
 * or any other replica is refused. An id is kept while its signature could still be accepted.
 */
export class SeenRequests {
  private lastSweep = 0;

  constructor(private readonly orm: MikroORM, private readonly schema: string) {}

  /** True the first time an id is presented, false for every replay. */
  async firstTime(requestId: string): Promise<boolean> {
    const connection = this.orm.em.getConnection();
    const inserted: unknown[] = await connection.execute(
      `insert into ${this.schema}.seen_request (id, seen_at) values (?, now()) on conflict do nothing returning id`, [requestId]);
    this.sweep();
    return inserted.length === 1;
  }

  /** At most once a window: forget ids whose signatures have expired (their replays fail on time). */
  private sweep(): void {
    if (Date.now() - this.lastSweep < signatureWindowMs) return;
    this.lastSweep = Date.now();
    const keepMs = signatureWindowMs + 2 * maxClockSkewMs;
    this.orm.em.getConnection().execute(`delete from ${this.schema}.seen_request where seen_at < now() - make_interval(secs => ?)`, [keepMs / 1000])
      .catch(() => { this.lastSweep = 0; });
  }
}
