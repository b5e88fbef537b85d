/**
 * The offline journal and reminders (API.md C4): a `client_id` on check-ins and entries (the
 * UUID an offline queue gives an item, unique per owner, so a retried send finds the first one
 * instead of creating a second), the check-in reminders (one row per user who set them; the sweep
 * looks rows up by `next_due`), and a `List-Unsubscribe` target on outbox messages.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['journal_checkins', 'journal_entries']) {
    await db.schema.alterTable(table).addColumn('client_id', 'varchar(36)').execute();
    // NULLs are distinct in a unique index on both dialects: items without a client_id never clash.
    await db.schema
      .createIndex(`${table}_client_id_uq`)
      .on(table)
      .columns(['user_id', 'client_id'])
      .unique()
      .execute();
  }

  await db.schema
    .createTable('journal_reminders')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('time', 'varchar(5)', (c) => c.notNull())
    .addColumn('tz', 'varchar(64)', (c) => c.notNull())
    .addColumn('days', 'varchar(32)', (c) => c.notNull())
    .addColumn('next_due', 'bigint')
    .addColumn('last_sent_on', 'varchar(10)')
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('journal_reminders_next_due')
    .on('journal_reminders')
    .column('next_due')
    .execute();

  await db.schema.alterTable('mail_outbox').addColumn('list_unsubscribe', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mail_outbox').dropColumn('list_unsubscribe').execute();
  await db.schema.dropIndex('journal_reminders_next_due').execute();
  await db.schema.dropTable('journal_reminders').execute();
  for (const table of ['journal_entries', 'journal_checkins']) {
    await db.schema.dropIndex(`${table}_client_id_uq`).execute();
    await db.schema.alterTable(table).dropColumn('client_id').execute();
  }
}
