/**
 * The private journal: mood check-ins and journal entries. Notes, entry titles and bodies are
 * stored only as AES-256-GCM ciphertext (base64 text, so both dialects store them alike) with the
 * id of the key that encrypted them; scores, tags and times stay in clear for insights.
 */
import { type Kysely, sql } from 'kysely';
import { idColumn } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('journal_checkins')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('score', 'smallint', (c) => c.notNull().check(sql`score between 1 and 5`))
    .addColumn('emotions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('activities', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note_ciphertext', 'text')
    .addColumn('key_id', 'varchar(32)')
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('journal_checkins_user_occurred_idx')
    .on('journal_checkins')
    .columns(['user_id', 'occurred_at', 'id'])
    .execute();
  await db.schema
    .createIndex('journal_checkins_key_idx')
    .on('journal_checkins')
    .columns(['key_id'])
    .execute();

  await db.schema
    .createTable('journal_entries')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('checkin_id', 'integer', (c) => c.references('journal_checkins.id').onDelete('set null'))
    .addColumn('title_ciphertext', 'text')
    .addColumn('body_ciphertext', 'text', (c) => c.notNull())
    .addColumn('key_id', 'varchar(32)', (c) => c.notNull())
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('journal_entries_user_created_idx')
    .on('journal_entries')
    .columns(['user_id', 'created', 'id'])
    .execute();
  await db.schema
    .createIndex('journal_entries_checkin_idx')
    .on('journal_entries')
    .columns(['checkin_id'])
    .execute();
  await db.schema.createIndex('journal_entries_key_idx').on('journal_entries').columns(['key_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('journal_entries').execute();
  await db.schema.dropTable('journal_checkins').execute();
}
