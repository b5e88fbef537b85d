/**
 * The mail outbox and the single-use keys of the e-mail flows. Outbox rows are written in the
 * same transaction as the change that causes them and delivered by a worker that claims them
 * with a lease; e-mail keys are stored only as SHA-256 hashes.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { idColumn } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('kind', 'varchar(64)', (c) => c.notNull())
    .addColumn('to_address', 'varchar(254)', (c) => c.notNull())
    .addColumn('subject', 'varchar(255)', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) =>
      c.notNull().defaultTo('pending').check(sql`status in ('pending', 'sending', 'sent', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_id', 'char(32)')
    .addColumn('lease_until', 'bigint')
    .addColumn('last_error', 'varchar(1000)')
    .addColumn('message_id', 'varchar(255)')
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('mail_outbox_due_idx')
    .on('mail_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('mail_outbox_created_idx').on('mail_outbox').columns(['created']).execute();

  await db.schema
    .createTable('email_keys')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'varchar(32)', (c) =>
      c.notNull().check(sql`purpose in ('verify_email', 'change_email', 'password_reset')`),
    )
    .addColumn('key_hash', 'char(64)', (c) => c.notNull().unique())
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('password_fingerprint', 'char(64)')
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('expires', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('email_keys_user_purpose_idx')
    .on('email_keys')
    .columns(['user_id', 'purpose'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('email_keys').execute();
  await db.schema.dropTable('mail_outbox').execute();
}
