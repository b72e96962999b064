import { Migration } from '@mikro-orm/migrations';

/**
 * Personal columns hold AES-256-GCM ciphertext from now on (the application encrypts; the
 * database never sees a key), and the append-only, hash-chained access log.
 * Rows written before this migration are plaintext and cannot be read afterwards: the hub held
 * no production data yet (a development database is recreated by removing DATA_DIR/postgres).
 */
export class Migration20261126120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table household.household alter column house_number type text using house_number::text;
      comment on column household.resident.bsn is 'AES-256-GCM ciphertext (pd1:<key id>:...)';
      comment on column household.household.postcode is 'AES-256-GCM ciphertext (pd1:<key id>:...)';

      create table household.access_log (
        seq bigserial primary key,
        at timestamptz not null,
        action text not null,
        object_type text not null,
        object_id text not null,
        fields text[] not null,
        result text not null check (result in ('allowed', 'denied')),
        origin text not null,
        actor_sub text not null,
        actor_role text not null,
        purpose text not null,
        trace_id text not null,
        prev_hash text not null,
        hash text not null unique
      );
      create index access_log_object_idx on household.access_log (object_type, object_id);

      create function household.refuse_access_log_change() returns trigger language plpgsql as $$
      begin
        raise exception 'household.access_log is append-only';
      end $$;
      create trigger access_log_append_only before update or delete on household.access_log
        for each row execute function household.refuse_access_log_change();
      create trigger access_log_no_truncate before truncate on household.access_log
        for each statement execute function household.refuse_access_log_change();
    `);
  }
}
