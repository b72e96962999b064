import { Migration } from '@mikro-orm/migrations';

/** Request ids this subgraph accepted from the gateway: a replayed signed request is refused by every replica. */
export class Migration20261202090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table household.seen_request (id uuid primary key, seen_at timestamptz not null);
      create index seen_request_seen_at_idx on household.seen_request (seen_at);`);
  }
}
