import { Migration } from '@mikro-orm/migrations';

/** Retention: which cases and households have had their personal data erased. */
export class Migration20261126140000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table casework.cases add column personal_data_erased_at timestamptz;
      create index cases_retention_idx on casework.cases (municipality_code, closed_at) where status = 'CLOSED' and personal_data_erased_at is null;
      create table casework.erased_households (household_id uuid primary key, erased_at timestamptz not null);
    `);
  }
}
