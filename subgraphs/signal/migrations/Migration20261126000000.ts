import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table signal.signal (
        id uuid primary key,
        partner_code text not null,
        external_id text not null,
        partner_type text not null,
        municipality_code text not null,
        signal_date date not null,
        arrears_since date not null,
        amount_euro integer not null check (amount_euro > 0),
        crisis boolean not null,
        warm_handover boolean not null,
        received_at timestamptz not null,
        status text not null,
        payload_hash text not null,
        constraint signal_partner_external_unique unique (partner_code, external_id)
      );
      create index signal_partner_received_idx on signal.signal (partner_code, received_at desc, id desc);
    `);
  }
}
