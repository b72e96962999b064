import { Migration } from '@mikro-orm/migrations';

/** Street and place of a household's address, when a partner names them: ciphertext like the rest of it. */
export class Migration20261202110000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      alter table household.household add column street text, add column city text;
      comment on column household.household.street is 'AES-256-GCM ciphertext bound to its row';
      comment on column household.household.city is 'AES-256-GCM ciphertext bound to its row';
    `);
  }
}
