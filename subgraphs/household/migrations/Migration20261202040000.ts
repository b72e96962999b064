import { Migration } from '@mikro-orm/migrations';

/**
 * Addresses get one canonical form: households matched before that may be one address written two
 * ways. Which households were merged into which (so a resident's consultations keep the accesses of
 * the merged one), and one run of household.merge_addresses (it needs the keys, so it is a job).
 */
export class Migration20261202040000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table household.household_merge (
        from_id uuid primary key,
        into_id uuid not null,
        merged_at timestamptz not null default now()
      );
      create index household_merge_into_idx on household.household_merge (into_id);
      select graphile_worker.add_job('household.merge_addresses', '{}'::json, job_key => 'household.merge_addresses');
    `);
  }
}
