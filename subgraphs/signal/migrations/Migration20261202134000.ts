import { Migration } from '@mikro-orm/migrations';

/** When the case subgraph settled a partner's withdrawal (accepted it, or refused it because the case decided first). */
export class Migration20261202134000 extends Migration {
  async up(): Promise<void> {
    this.addSql('alter table signal.signal add column withdrawal_settled_at timestamptz;');
  }
}
