import { Migration } from '@mikro-orm/migrations';

/**
 * The access log's chain becomes keyed (HMAC with a key the database never holds). Records
 * written before stay on their SHA-256 links (`keyed` false); the first keyed record links to
 * the last of them, so they stay covered. Positions are given by the writer from now on.
 */
export class Migration20261202020000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table household.access_log add column keyed boolean not null default false;
      alter table household.access_log alter column seq drop default;
      comment on column household.access_log.hash is 'HMAC-SHA256 (ACCESS_LOG_MAC_KEY) over seq, prev_hash and the record; SHA-256 where keyed is false';
    `);
  }
}
