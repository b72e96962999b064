import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table evaluation.signal_facts (
        signal_id uuid primary key,
        municipality_code text not null,
        partner_type text not null,
        signal_date date not null,
        amount_euro integer not null,
        household_key text not null,
        case_id uuid,
        opened_case boolean not null,
        status text not null
      );
      create index signal_facts_report_idx on evaluation.signal_facts (signal_date, municipality_code, partner_type);
    `);
  }
}
