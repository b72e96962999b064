import { Migration } from '@mikro-orm/migrations';

/** Every verification of the access log run through the API: when, by whom, and what it found. */
export class Migration20261202030000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table household.access_log_verification (
        id bigserial primary key,
        at timestamptz not null,
        actor_sub text not null,
        ok boolean not null,
        checked bigint not null,
        broken_seq text,
        reason text
      );
    `);
  }
}
