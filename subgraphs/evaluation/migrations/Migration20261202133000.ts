import { Migration } from '@mikro-orm/migrations';

/**
 * Households that were one address written two ways are merged (household.merge_addresses): which
 * household keys and cases went into which, and which signals the merge made consecutive, so that
 * a fact or event arriving after the merge follows it too.
 */
export class Migration20261202133000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table evaluation.household_merge (from_key text primary key, into_key text not null);
      create table evaluation.case_merge (from_id uuid primary key, into_id uuid not null);
      create table evaluation.consecutive_by_merge (signal_id uuid primary key);
      create index signal_facts_household_idx on evaluation.signal_facts (household_key);
    `);
  }
}
