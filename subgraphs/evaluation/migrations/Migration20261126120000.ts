import { Migration } from '@mikro-orm/migrations';

/** What happened to cases, pseudonymous: no person, only case ids, dates and DDAS codes. */
export class Migration20261126120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create table evaluation.case_events (
        event_id uuid primary key,
        case_id uuid not null,
        municipality_code text not null,
        kind text not null,
        occurred_on date not null,
        details jsonb not null
      );
      create index case_events_case_idx on evaluation.case_events (case_id, kind);
    `);
  }
}
