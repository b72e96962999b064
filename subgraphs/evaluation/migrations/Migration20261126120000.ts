import { Migration } from '@mikro-orm/migrations';

/** Case facts and the events that feed them; signal facts learn consecutive, multiple and receipt date. */
export class Migration20261126120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table evaluation.signal_facts
        add column received_on date,
        add column consecutive boolean not null default false,
        add column in_multiple_case boolean not null default false;
      update evaluation.signal_facts set received_on = signal_date;
      alter table evaluation.signal_facts alter column received_on set not null;
      create index signal_facts_case_idx on evaluation.signal_facts (case_id);

      create table evaluation.case_facts (
        case_id uuid primary key,
        municipality_code text,
        partner_type text,
        opened_on date,
        received_on date,
        picked_up_on date,
        first_attempt_on date,
        first_contact_on date,
        attempts integer[] not null default '{}',
        outcome text,
        closed_on date
      );
      create index case_facts_report_idx on evaluation.case_facts (opened_on, municipality_code, partner_type);

      create table evaluation.case_events (
        event_id text primary key,
        case_id uuid not null,
        kind text not null,
        occurred_on date not null,
        channel text,
        reached boolean,
        outcome text,
        recorded_at timestamptz not null default now()
      );
      create index case_events_case_idx on evaluation.case_events (case_id);

      create table evaluation.signal_status_changes (
        seq bigserial primary key,
        event_id text not null,
        signal_id uuid not null,
        status text not null,
        occurred_on date not null,
        unique (event_id, signal_id)
      );
      create index signal_status_changes_signal_idx on evaluation.signal_status_changes (signal_id, occurred_on desc, seq desc);
    `);
  }
}
