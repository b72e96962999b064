import { Migration } from '@mikro-orm/migrations';

/**
 * An index for every order the queue is served in: all of a municipality's cases, and its cases
 * that are not closed (the web app's default), both by urgency, deadline and id. A page then
 * reads its 26 rows from the index instead of sorting the whole municipality.
 */
export class Migration20261202000000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      create index cases_queue_order_idx on casework.cases (municipality_code, urgency_rank, contact_due_by, id);
      create index cases_active_queue_order_idx on casework.cases (municipality_code, urgency_rank, contact_due_by, id) where status <> 'CLOSED';
    `);
  }
}
