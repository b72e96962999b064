import { Migration } from '@mikro-orm/migrations';

/** Heartbeats of this subgraph's job runners: the jobs of a worker that stopped beating are released. */
export class Migration20261202160000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`create table evaluation.worker_heartbeat (worker_id text primary key, seen_at timestamptz not null);`);
  }
}
