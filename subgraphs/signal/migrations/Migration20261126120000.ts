import { Migration } from '@mikro-orm/migrations';

/** Partner feedback and withdrawal. */
export class Migration20261126120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table signal.signal add column withdrawal_reason text;
      alter table signal.signal add column withdrawn_at timestamptz;
      alter table signal.signal add column case_closed boolean not null default false;
    `);
  }
}
