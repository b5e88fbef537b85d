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

const POSTGRES = [
  `insert into post_counts (id, total, visible)
   select 1, count(*), count(*) filter (where not hidden) from posts`,
  `create function post_counts_track() returns trigger language plpgsql as $$
   begin
     if tg_op = 'INSERT' then
       update post_counts set total = total + 1,
         visible = visible + (case when new.hidden then 0 else 1 end) where id = 1;
     elsif tg_op = 'DELETE' then
       update post_counts set total = total - 1,
         visible = visible - (case when old.hidden then 0 else 1 end) where id = 1;
     elsif old.hidden is distinct from new.hidden then
       update post_counts set visible = visible + (case when new.hidden then -1 else 1 end) where id = 1;
     end if;
     return null;
   end $$`,
  `create trigger post_counts_track after insert or delete or update of hidden on posts
   for each row execute function post_counts_track()`,
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
  if (isPostgres(db)) {
    await sql.raw('drop trigger post_counts_track on posts').execute(db);
    await sql.raw('drop function post_counts_track()').execute(db);
  } else {
    for (const trigger of ['post_counts_insert', 'post_counts_delete', 'post_counts_hidden']) {
      await sql.raw(`drop trigger ${trigger}`).execute(db);
    }
  }
  await db.schema.dropTable('post_counts').execute();
}
