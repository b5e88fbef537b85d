/**
 * Live-event tickets in the database (API.md C1): a ticket issued by one server process opens a
 * stream on any other (behind nginx the two requests rarely reach the same process), still once
 * and within 60 seconds. Only the SHA-256 of a ticket is stored.
 */
import type { Kysely } from 'kysely';
import { idColumn } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('live_tickets')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('ticket_hash', 'char(64)', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('session_id', 'varchar(64)')
    .addColumn('expires', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('live_tickets_expires_idx').on('live_tickets').columns(['expires']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('live_tickets').execute();
}
