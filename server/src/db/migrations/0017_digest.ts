/**
 * The e-mail digest (API.md C1): each user's time zone (the digest goes out at their local
 * morning), when the next digest is due and since when it lists (both microseconds; null while
 * the digest is off). The sweep looks rows up by `digest_due`.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('notification_preferences')
    .addColumn('timezone', 'varchar(64)', (c) => c.notNull().defaultTo('UTC'))
    .execute();
  await db.schema.alterTable('notification_preferences').addColumn('digest_due', 'bigint').execute();
  await db.schema.alterTable('notification_preferences').addColumn('digest_since', 'bigint').execute();
  await db.schema
    .createIndex('notification_preferences_digest_due')
    .on('notification_preferences')
    .column('digest_due')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('notification_preferences_digest_due').execute();
  for (const column of ['digest_since', 'digest_due', 'timezone'])
    await db.schema.alterTable('notification_preferences').dropColumn(column).execute();
}
