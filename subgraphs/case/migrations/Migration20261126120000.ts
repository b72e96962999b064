import { Migration } from '@mikro-orm/migrations';

/** Casework: contact attempts, notes, and what matching needs to know of earlier signals. */
export class Migration20261126120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table casework.case_signals add column partner_code text not null default '';
      alter table casework.case_signals add column consecutive boolean not null default false;
      create index case_signals_repeat_idx on casework.case_signals (household_id, partner_code, arrears_since);
      create table casework.contact_attempts (
        id uuid primary key,
        case_id uuid not null references casework.cases (id) deferrable initially deferred,
        municipality_code text not null,
        channel text not null,
        reached boolean not null,
        date date not null,
        day_part text,
        note text,
        recorded_by text not null,
        recorded_at timestamptz not null
      );
      create index contact_attempts_case_idx on casework.contact_attempts (case_id, date);
      create table casework.case_notes (
        id uuid primary key,
        case_id uuid not null references casework.cases (id) deferrable initially deferred,
        municipality_code text not null,
        text text not null,
        author text not null,
        created_at timestamptz not null
      );
      create index case_notes_case_idx on casework.case_notes (case_id, created_at);
      create index cases_assignee_idx on casework.cases (assignee) where assignee is not null;
    `);
  }
}
