import { Migration } from '@mikro-orm/migrations';

/** Erasure: a household keeps its id and municipality once its residents and address are erased. */
export class Migration20261126140000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table household.household alter column postcode drop not null;
      alter table household.household alter column house_number drop not null;
      alter table household.household add column erased_at timestamptz;
      alter table household.signal_link alter column resident_id drop not null;
    `);
  }
}
