import { Migration } from '@mikro-orm/migrations';

/** The DDAS delivery reads signals by municipality and date. */
export class Migration20261126130000 extends Migration {
  async up(): Promise<void> {
    this.addSql('create index signal_municipality_date_idx on signal.signal (municipality_code, signal_date, id);');
  }
}
