/**
 * Feed counts (performance issue): the number of posts, and of posts not hidden by moderators,
 * kept by the database itself in a one-row table, so a limit/offset feed page's `count` no longer
 * scans every post (`count(*)` over 1,000,000 posts took the first page from 926 to 15 req/s).
 * Triggers keep it exact on both engines, in the same transaction as the write, whichever process
 * writes; the community module owns the table.
 */
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './helpers.ts';

const SQLITE = [
  `insert into post_counts (id, total, visible)
   select 1, count(*), coalesce(sum(case when hidden then 0 else 1 end), 0) from posts`,
  `create trigger post_counts_insert after insert on posts begin
     update post_counts set total = total + 1,
       visible = visible + (case when new.hidden then 0 else 1 end) where id = 1;
   end`,
  `create trigger post_counts_delete after delete on posts begin
     update post_counts set total = total - 1,
       visible = visible - (case when old.hidden then 0 else 1 end) where id = 1;
   end`,
  `create trigger post_counts_hidden after update of hidden on posts
   when old.hidden <> new.hidden begin
     update post_counts set visible = visible + (case when new.hidden then -1 else 1 end) where id = 1;
   end`,
];

// Inserts and deletes count per statement (transition tables): a bulk insert of 100,000 posts
// updates the row once, where a row-level trigger took over a minute. Hiding is one row at a time
// and fires only when `hidden` is set, so it stays row-level (PostgreSQL allows no column list on a
// trigger with transition tables).
const POSTGRES = [
  `insert into post_counts (id, total, visible)
   select 1, count(*), count(*) filter (where not hidden) from posts`,
  `create function post_counts_inserted() returns trigger language plpgsql as $$
   declare added bigint; shown bigint;
   begin
     select count(*), count(*) filter (where not hidden) into added, shown from inserted_posts;
     if added > 0 then
       update post_counts set total = total + added, visible = visible + shown where id = 1;
     end if;
     return null;
   end $$`,
  `create function post_counts_deleted() returns trigger language plpgsql as $$
   declare removed bigint; shown bigint;
   begin
     select count(*), count(*) filter (where not hidden) into removed, shown from deleted_posts;
     if removed > 0 then
       update post_counts set total = total - removed, visible = visible - shown where id = 1;
     end if;
     return null;
   end $$`,
  `create function post_counts_hidden() returns trigger language plpgsql as $$
   begin
     if old.hidden is distinct from new.hidden then
       update post_counts set visible = visible + (case when new.hidden then -1 else 1 end) where id = 1;
     end if;
     return null;
   end $$`,
  `create trigger post_counts_insert after insert on posts referencing new table as inserted_posts
   for each statement execute function post_counts_inserted()`,
  `create trigger post_counts_delete after delete on posts referencing old table as deleted_posts
   for each statement execute function post_counts_deleted()`,
  `create trigger post_counts_hidden after update of hidden on posts
   for each row execute function post_counts_hidden()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('post_counts')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('visible', 'bigint', (c) => c.notNull())
    .execute();
  for (const statement of isPostgres(db) ? POSTGRES : SQLITE) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const trigger of ['post_counts_insert', 'post_counts_delete', 'post_counts_hidden']) {
    await sql
      .raw(isPostgres(db) ? `drop trigger ${trigger} on posts` : `drop trigger ${trigger}`)
      .execute(db);
  }
  if (isPostgres(db)) {
    for (const fn of ['post_counts_inserted', 'post_counts_deleted', 'post_counts_hidden']) {
      await sql.raw(`drop function ${fn}()`).execute(db);
    }
  }
  await db.schema.dropTable('post_counts').execute();
}
