/** Users and security events. */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { idColumn } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('username', 'varchar(150)', (c) => c.notNull())
    .addColumn('username_normalized', 'varchar(150)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('email_normalized', 'varchar(254)', (c) => c.notNull())
    .addColumn('first_name', 'varchar(150)', (c) => c.notNull().defaultTo(''))
    .addColumn('last_name', 'varchar(150)', (c) => c.notNull().defaultTo(''))
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('avatar', 'varchar(255)')
    .addColumn('role', 'varchar(16)', (c) =>
      c.notNull().defaultTo('user').check(sql`role in ('user', 'moderator', 'admin')`),
    )
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('email_verified', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('password', 'varchar(255)', (c) => c.notNull())
    .addColumn('last_login', 'bigint')
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('users_username_normalized_key', ['username_normalized'])
    .addUniqueConstraint('users_email_normalized_key', ['email_normalized'])
    .execute();
  await db.schema.createIndex('users_created_idx').on('users').columns(['created', 'id']).execute();

  await db.schema
    .createTable('security_events')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('type', 'varchar(64)', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)')
    .addColumn('user_agent', 'varchar(512)')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('security_events_user_created_idx')
    .on('security_events')
    .columns(['user_id', 'created'])
    .execute();
  await db.schema
    .createIndex('security_events_created_idx')
    .on('security_events')
    .columns(['created'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('security_events').execute();
  await db.schema.dropTable('users').execute();
}
