/**
 * Care in moderation (API.md C2): a report may be filed by the system for text matching the crisis
 * lexicon. `origin` tells it apart (`member` or `crisis`); such reports are stored with reason
 * `self_harm` (what the author sees if the content is hidden) and shown with reason `crisis`.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('reports')
    .addColumn('origin', 'varchar(16)', (c) =>
      c.notNull().defaultTo('member').check(sql`origin in ('member', 'crisis')`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reports').dropColumn('origin').execute();
}
