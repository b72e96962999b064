import { Migration } from '@mikro-orm/migrations';

/** The privacy officer lists the refusals of a period: an index over refused accesses only. */
export class Migration20261202100000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`create index access_log_denied_at_idx on household.access_log (at) where result = 'denied';`);
  }
}
