/**
 * Safety (API.md C2): blocks and mutes between users, each user's personal filter words, and
 * the full-text index the feed's `?search=` reads. The safety module owns `blocks`, `mutes` and
 * `filter_words`; the search index belongs to the posts it indexes (community) and is kept in
 * step by the database itself: an FTS5 external-content table with triggers on SQLite, a
 * generated `tsvector` column with a GIN index on PostgreSQL. Both index the body and the
 * content warning and never the author, so a search cannot find an anonymous post by its author.
 */
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './helpers.ts';

async function pairTable(db: Kysely<unknown>, table: string, from: string, to: string): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn(from, 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn(to, 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pkey`, [from, to])
    .execute();
  await db.schema.createIndex(`${table}_${to}_idx`).on(table).columns([to]).execute();
}

// unicode61 with remove_diacritics 2 folds case and accents; PostgreSQL's `simple` configuration
// folds case and does not stem either, so both engines match the same words.
const SQLITE_SEARCH = [
  `create virtual table posts_fts using fts5(body, content_warning, content='posts',
   content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
  `create trigger posts_fts_insert after insert on posts begin
     insert into posts_fts(rowid, body, content_warning) values (new.id, new.body, new.content_warning);
   end`,
  `create trigger posts_fts_delete after delete on posts begin
     insert into posts_fts(posts_fts, rowid, body, content_warning)
     values ('delete', old.id, old.body, old.content_warning);
   end`,
  `create trigger posts_fts_update after update of body, content_warning on posts begin
     insert into posts_fts(posts_fts, rowid, body, content_warning)
     values ('delete', old.id, old.body, old.content_warning);
     insert into posts_fts(rowid, body, content_warning) values (new.id, new.body, new.content_warning);
   end`,
  `insert into posts_fts(posts_fts) values ('rebuild')`,
];

const POSTGRES_SEARCH = [
  `alter table posts add column search_vector tsvector generated always as
   (to_tsvector('simple', body || ' ' || coalesce(content_warning, ''))) stored`,
  'create index posts_search_idx on posts using gin (search_vector)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await pairTable(db, 'blocks', 'blocker_id', 'blocked_id');
  await pairTable(db, 'mutes', 'muter_id', 'muted_id');
  await db.schema
    .createTable('filter_words')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('action', 'varchar(4)', (c) => c.notNull().check(sql`action in ('hide', 'warn')`))
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .execute();
  for (const statement of isPostgres(db) ? POSTGRES_SEARCH : SQLITE_SEARCH) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw('drop index posts_search_idx').execute(db);
    await sql.raw('alter table posts drop column search_vector').execute(db);
  } else {
    for (const trigger of ['posts_fts_insert', 'posts_fts_delete', 'posts_fts_update']) {
      await sql.raw(`drop trigger ${trigger}`).execute(db);
    }
    await sql.raw('drop table posts_fts').execute(db);
  }
  await db.schema.dropTable('filter_words').execute();
  await db.schema.dropTable('mutes').execute();
  await db.schema.dropTable('blocks').execute();
}
