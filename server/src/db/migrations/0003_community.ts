/**
 * The community: posts, comments, likes and reports. Likes and comments are counted in
 * denormalised columns (`likes_count`, `comments_count`) kept in step inside the transaction that
 * changes them (measured: reading them beats COUNT subqueries on every feed page; docs/api.md).
 * Authors are nullable so an account deleted in "anonymise" mode leaves its content detached.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { idColumn } from './helpers.ts';

async function likesTable(db: Kysely<unknown>, table: string, target: 'post' | 'comment'): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn(`${target}_id`, 'integer', (c) => c.notNull().references(`${target}s.id`).onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pkey`, [`${target}_id`, 'user_id'])
    .execute();
  await db.schema.createIndex(`${table}_user_idx`).on(table).columns(['user_id']).execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('posts')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mood', 'integer', (c) => c.check(sql`mood is null or (mood >= 1 and mood <= 5)`))
    .addColumn('content_warning', 'varchar(100)')
    .addColumn('anonymous', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('hidden', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('edited', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('likes_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('comments_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .execute();
  // The feed keyset: newest first, ties broken by the public id (what the cursor carries).
  await db.schema
    .createIndex('posts_feed_idx')
    .on('posts')
    .columns(['created desc', 'public_id desc'])
    .execute();
  await db.schema
    .createIndex('posts_author_feed_idx')
    .on('posts')
    .columns(['author_id', 'created desc', 'public_id desc'])
    .execute();
  // Covers the per-viewer posts_count (all posts / neither anonymous nor hidden).
  await db.schema
    .createIndex('posts_author_visibility_idx')
    .on('posts')
    .columns(['author_id', 'hidden', 'anonymous'])
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('hidden', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('edited', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('likes_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('comments_post_idx')
    .on('comments')
    .columns(['post_id', 'created desc', 'public_id desc'])
    .execute();
  await db.schema.createIndex('comments_author_idx').on('comments').columns(['author_id']).execute();

  await likesTable(db, 'post_likes', 'post');
  await likesTable(db, 'comment_likes', 'comment');

  await db.schema
    .createTable('reports')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('reporter_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('target_type', 'varchar(16)', (c) =>
      c.notNull().check(sql`target_type in ('post', 'comment')`),
    )
    .addColumn('target_public_id', 'char(32)', (c) => c.notNull())
    .addColumn('post_id', 'integer', (c) => c.references('posts.id').onDelete('set null'))
    .addColumn('comment_id', 'integer', (c) => c.references('comments.id').onDelete('set null'))
    .addColumn('reason', 'varchar(32)', (c) =>
      c
        .notNull()
        .check(sql`reason in ('spam', 'harassment', 'hate', 'self_harm', 'misinformation', 'other')`),
    )
    .addColumn('text', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'varchar(16)', (c) =>
      c.notNull().defaultTo('open').check(sql`status in ('open', 'resolved', 'dismissed')`),
    )
    .addColumn('action', 'varchar(16)')
    .addColumn('resolver_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .execute();
  // One OPEN report per user per item, whatever the service checks: a partial unique index.
  await db.schema
    .createIndex('reports_one_open_idx')
    .unique()
    .on('reports')
    .columns(['reporter_id', 'target_type', 'target_public_id'])
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema.createIndex('reports_queue_idx').on('reports').columns(['status', 'created']).execute();
  await db.schema.createIndex('reports_target_idx').on('reports').columns(['target_public_id']).execute();
  await db.schema.createIndex('reports_reporter_idx').on('reports').columns(['reporter_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['reports', 'comment_likes', 'post_likes', 'comments', 'posts']) {
    await db.schema.dropTable(table).execute();
  }
}
