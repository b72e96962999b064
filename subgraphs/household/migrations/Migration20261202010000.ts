import { Migration } from '@mikro-orm/migrations';

/** Access-log batches already appended: a redelivered household.record_access job appends nothing twice. */
export class Migration20261202010000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table household.access_log_batch (
        batch_id text primary key,
        appended_at timestamptz not null default now()
      );
    `);
  }
}
