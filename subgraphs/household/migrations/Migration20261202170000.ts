import { Migration } from '@mikro-orm/migrations';

/**
 * One access-log record may name several objects: the accesses of one request that differ only
 * in their object (a queue page reads 25 addresses and 50 residents alike) are stored as one
 * record with `object_ids`, instead of one record each. Records written before keep `object_id`;
 * every record has exactly one of the two. The GIN index serves "every access to this resident".
 */
export class Migration20261202170000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table household.access_log add column object_ids text[];
      alter table household.access_log alter column object_id drop not null;
      alter table household.access_log add constraint access_log_object_named check ((object_id is null) <> (object_ids is null));
      create index access_log_object_ids_idx on household.access_log using gin (object_ids);
    `);
  }
}
