/**
 * Notifications (API.md C1): one row per recipient and event, likes of one post or comment on
 * one day folded into one row (`fold_key`, unique per recipient, so the fold is a single
 * `INSERT … ON CONFLICT` and needs no read first), and each user's preferences per type.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { idColumn } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('post_public_id', 'char(32)')
    .addColumn('comment_public_id', 'char(32)')
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1).check(sql`count >= 1`))
    // NULL for notifications that never fold; NULLs never collide in a unique index (both dialects).
    .addColumn('fold_key', 'varchar(120)')
    .addColumn('read', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .execute();
  // The list (newest first, keyset on created + public id) and the unread filter and count.
  await db.schema
    .createIndex('notifications_recipient_idx')
    .on('notifications')
    .columns(['recipient_id', 'created desc', 'public_id desc'])
    .execute();
  await db.schema
    .createIndex('notifications_unread_idx')
    .on('notifications')
    .columns(['recipient_id', 'read'])
    .execute();
  await db.schema
    .createIndex('notifications_fold_idx')
    .unique()
    .on('notifications')
    .columns(['recipient_id', 'fold_key'])
    .execute();
  await db.schema
    .createIndex('notifications_post_idx')
    .on('notifications')
    .columns(['post_public_id'])
    .execute();
  await db.schema
    .createIndex('notifications_comment_idx')
    .on('notifications')
    .columns(['comment_public_id'])
    .execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    // JSON: {"<type>": {"in_app": bool, "email": bool}} for the types that differ from the defaults.
    .addColumn('types', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('email_digest', 'varchar(8)', (c) =>
      c.notNull().defaultTo('off').check(sql`email_digest in ('off', 'daily', 'weekly')`),
    )
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_preferences').execute();
  await db.schema.dropTable('notifications').execute();
}
