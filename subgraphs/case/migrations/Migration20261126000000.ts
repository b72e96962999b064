import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table casework.cases (
        id uuid primary key,
        municipality_code text not null,
        household_id uuid not null,
        status text not null,
        opened_at timestamptz not null,
        picked_up_at timestamptz,
        contact_due_by date not null,
        multiple boolean not null,
        crisis boolean not null,
        urgency_rank smallint not null,
        first_attempt_on date,
        assignee text,
        outcome text,
        closed_at timestamptz
      );
      create index cases_queue_idx on casework.cases (municipality_code, status, urgency_rank, contact_due_by, id);
      create unique index cases_one_open_per_household on casework.cases (household_id) where status <> 'CLOSED';
      create table casework.case_signals (
        signal_id uuid primary key,
        case_id uuid references casework.cases (id) deferrable initially deferred,
        household_id uuid not null,
        municipality_code text not null,
        partner_type text not null,
        amount_euro integer not null,
        arrears_since date not null,
        signal_date date not null,
        received_at timestamptz not null,
        crisis boolean not null,
        status text not null
      );
      create index case_signals_case_idx on casework.case_signals (case_id);
      create index case_signals_household_idx on casework.case_signals (household_id, signal_date);
    `);
  }
}
