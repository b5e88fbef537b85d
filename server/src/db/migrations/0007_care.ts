/**
 * Care in moderation and in leaving (API.md C6): every hiding of a post or comment keeps its
 * reason, the moderator's note and the author's one appeal (`content_hidings`, owned by the
 * community module); an account deletion scheduled with a grace period waits in
 * `account_deletions` (owned by the auth module) with the hash of its single-use restore key;
 * custom journal tags a person saves ahead of using them (`journal_tags`, owned by the journal).
 */
import { type Kysely, sql } from 'kysely';
import { idColumn } from './helpers.ts';

const REASONS = "'spam', 'harassment', 'hate', 'self_harm', 'misinformation', 'other'";
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('content_hidings')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('target_type', 'varchar(16)', (c) =>
      c.notNull().check(sql`target_type in ('post', 'comment')`),
    )
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('comment_id', 'integer', (c) => c.references('comments.id').onDelete('cascade'))
    .addColumn('reason', 'varchar(32)', (c) => c.notNull().check(sql.raw(`reason in (${REASONS})`)))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('moderator_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('hidden_at', 'bigint', (c) => c.notNull())
    .addColumn('appeal_status', 'varchar(16)', (c) =>
      c.check(sql`appeal_status is null or appeal_status in ('open', 'upheld', 'restored')`),
    )
    .addColumn('appeal_message', 'text')
    .addColumn('appeal_created', 'bigint')
    .addColumn('appeal_decided_at', 'bigint')
    .addColumn('appeal_decider_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('content_hidings_post_idx')
    .on('content_hidings')
    .columns(['post_id', 'hidden_at'])
    .execute();
  await db.schema
    .createIndex('content_hidings_comment_idx')
    .on('content_hidings')
    .columns(['comment_id', 'hidden_at'])
    .execute();
  await db.schema
    .createIndex('content_hidings_appeal_idx')
    .on('content_hidings')
    .columns(['appeal_status', 'appeal_created'])
    .execute();

  await db.schema
    .createTable('account_deletions')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('content', 'varchar(16)', (c) => c.notNull().check(sql`content in ('delete', 'anonymise')`))
    .addColumn('key_hash', 'char(64)', (c) => c.notNull().unique())
    .addColumn('scheduled_for', 'bigint', (c) => c.notNull())
    .addColumn('created', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_deletions_due_idx')
    .on('account_deletions')
    .columns(['scheduled_for'])
    .execute();

  await db.schema
    .createTable('journal_tags')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull().check(sql`kind in ('emotion', 'activity')`))
    .addColumn('name', 'varchar(32)', (c) => c.notNull())
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('journal_tags_user_kind_name_key', ['user_id', 'kind', 'name'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('journal_tags').execute();
  await db.schema.dropTable('account_deletions').execute();
  await db.schema.dropTable('content_hidings').execute();
}
