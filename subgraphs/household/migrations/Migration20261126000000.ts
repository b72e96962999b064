import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table household.household (
        id uuid primary key,
        municipality_code text not null,
        address_key text not null unique,
        postcode text not null,
        house_number integer not null,
        house_number_suffix text,
        created_at timestamptz not null
      );
      create table household.resident (
        id uuid primary key,
        household_id uuid not null references household.household (id) deferrable initially deferred,
        municipality_code text not null,
        bsn_hash text,
        bsn text,
        initials text,
        surname_prefix text,
        surname text not null,
        birth_date text,
        phone text,
        email text
      );
      create index resident_household_idx on household.resident (household_id);
      create index resident_bsn_hash_idx on household.resident (bsn_hash);
      create table household.signal_link (
        signal_id uuid primary key,
        household_id uuid not null references household.household (id) deferrable initially deferred,
        resident_id uuid not null references household.resident (id) deferrable initially deferred
      );
    `);
  }
}
