import { Migration } from '@mikro-orm/migrations';

/**
 * A resident known under both spellings of a merged address was one person twice: merged into one
 * (household.merge_addresses). Which resident went into which, so that the person's consultations
 * keep the accesses logged under the other.
 */
export class Migration20261202133000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table household.resident_merge (
        from_id uuid primary key,
        into_id uuid not null,
        merged_at timestamptz not null default now()
      );
      create index resident_merge_into_idx on household.resident_merge (into_id);
      select graphile_worker.add_job('household.merge_addresses', '{}'::json, job_key => 'household.merge_addresses');
    `);
  }
}
