import { Migration } from '@mikro-orm/migrations';

/**
 * Case facts (folded from evaluation.case_events, Migration20261126120000); signal facts learn
 * consecutive, multiple and receipt date; signal status changes; monthly cells (per municipality
 * and partner type) that reports add up instead of facts.
 */
export class Migration20261126140000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table evaluation.signal_facts
        add column received_on date,
        add column consecutive boolean not null default false,
        add column in_multiple_case boolean not null default false,
        add column signal_month date generated always as (date_trunc('month', signal_date::timestamp)::date) stored;
      update evaluation.signal_facts set received_on = signal_date;
      alter table evaluation.signal_facts alter column received_on set not null;
      create index signal_facts_case_idx on evaluation.signal_facts (case_id);
      create index signal_facts_cell_idx on evaluation.signal_facts (signal_month, municipality_code, partner_type);

      create table evaluation.case_facts (
        case_id uuid primary key,
        municipality_code text,
        partner_type text,
        opened_on date,
        opened_month date generated always as (date_trunc('month', opened_on::timestamp)::date) stored,
        received_on date,
        picked_up_on date,
        first_attempt_on date,
        first_contact_on date,
        attempts integer[] not null default '{}',
        outcome text,
        closed_on date
      );
      create index case_facts_cell_idx on evaluation.case_facts (opened_month, municipality_code, partner_type);
      create index case_facts_opened_idx on evaluation.case_facts (opened_on);

      create table evaluation.signal_status_changes (
        seq bigserial primary key,
        event_id uuid not null,
        signal_id uuid not null,
        status text not null,
        occurred_on date not null,
        unique (event_id, signal_id)
      );
      create index signal_status_changes_signal_idx on evaluation.signal_status_changes (signal_id, occurred_on desc, seq desc);
    `);
    this.addSql(cellTables);
    // Frozen: the cell queries of domain/cell-sql.ts as they were when this migration last ran.
    this.addSql(`
      insert into evaluation.signal_cells
        select signal_month as month, municipality_code, partner_type,
               count(*)::int as signals,
               count(*) filter (where case_id is not null)::int as signals_in_case,
               count(*) filter (where status = 'NOT_PICKED_UP_REPEAT')::int as repeat_signals,
               count(*) filter (where consecutive)::int as consecutive_signals,
               count(*) filter (where in_multiple_case)::int as multiple_signals,
               percentile_cont(0.5) within group (order by amount_euro) as median_amount
          from evaluation.signal_facts group by 1, 2, 3;
      insert into evaluation.amount_cells
        select signal_month as month, municipality_code, partner_type, amount_euro as value, count(*)::int as n
          from evaluation.signal_facts group by 1, 2, 3, 4;
    `);
  }
}

const cellKey = 'month date not null, municipality_code text not null, partner_type text not null';
const cellTables = `
  create table evaluation.signal_cells (${cellKey},
    signals int not null, signals_in_case int not null, repeat_signals int not null, consecutive_signals int not null, multiple_signals int not null,
    median_amount float8,
    primary key (month, municipality_code, partner_type));
  create table evaluation.amount_cells (${cellKey}, value int not null, n int not null,
    primary key (month, municipality_code, partner_type, value));
  create table evaluation.case_cells (${cellKey},
    cases int not null, reached int not null, attempted int not null, closed int not null, closed_reached int not null,
    accepted int not null, referred int not null, attempts int[] not null, outcomes int[] not null,
    median_days_attempt float8, median_days_contact float8,
    primary key (month, municipality_code, partner_type));
  create table evaluation.case_day_cells (${cellKey}, measure text not null, value int not null, n int not null,
    primary key (month, municipality_code, partner_type, measure, value));
  create table evaluation.stale_cells (kind text not null, ${cellKey},
    primary key (kind, month, municipality_code, partner_type));
`;
