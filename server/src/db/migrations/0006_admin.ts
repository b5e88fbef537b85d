/**
 * The admin console: security events learn who acted (`actor_id`, set for staff and admin actions
 * on someone else; null when a user acted on their own account or the operator's shell did) and
 * get the indexes the audit log's filters need. The log's recorded facts become unchangeable in
 * the database itself: a trigger refuses any UPDATE of them (only the foreign keys may still be
 * set to null when an account is deleted).
 */
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './helpers.ts';

const FACTS = 'public_id, type, ip, user_agent, details, created';
const REFUSAL = 'security_events is append-only';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('security_events')
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('security_events_type_created_idx')
    .on('security_events')
    .columns(['type', 'created'])
    .execute();
  await db.schema
    .createIndex('security_events_actor_created_idx')
    .on('security_events')
    .columns(['actor_id', 'created'])
    .execute();
  if (isPostgres(db)) {
    await sql
      .raw(
        `create function security_events_append_only() returns trigger language plpgsql as $$
         begin raise exception '${REFUSAL}'; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger security_events_append_only before update of ${FACTS} on security_events
         for each row execute function security_events_append_only()`,
      )
      .execute(db);
  } else {
    await sql
      .raw(
        `create trigger security_events_append_only before update of ${FACTS} on security_events
         begin select raise(abort, '${REFUSAL}'); end`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw('drop trigger security_events_append_only on security_events').execute(db);
    await sql.raw('drop function security_events_append_only()').execute(db);
  } else {
    await sql.raw('drop trigger security_events_append_only').execute(db);
  }
  await db.schema.dropIndex('security_events_actor_created_idx').execute();
  await db.schema.dropIndex('security_events_type_created_idx').execute();
  // SQLite cannot drop a column that is a foreign key; the column stays there (always null).
  if (isPostgres(db)) await db.schema.alterTable('security_events').dropColumn('actor_id').execute();
}
