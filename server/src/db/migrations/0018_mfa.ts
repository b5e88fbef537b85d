/**
 * Second factors (API.md C3): an authenticator-app secret per account (`mfa_totp`, encrypted at rest
 * with the journal's keys; unconfirmed until the first code), the TOTP time steps already used
 * (`mfa_totp_steps`, one row per account and step, so a code is accepted once), hashed single-use
 * recovery codes, the short-lived login tokens between the password and the second step (hashed,
 * counting wrong codes), passkeys (WebAuthn credentials) and the WebAuthn challenges waiting for
 * their answer (single use, a few minutes).
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { idColumn } from './helpers.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const user = (c: ColumnDefinitionBuilder) => c.notNull().references('users.id').onDelete('cascade');
  await db.schema
    .createTable('mfa_totp')
    .addColumn('user_id', 'integer', (c) => user(c).primaryKey())
    .addColumn('secret_ciphertext', 'text', (c) => c.notNull())
    .addColumn('key_id', 'varchar(16)', (c) => c.notNull())
    .addColumn('confirmed', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mfa_totp_steps')
    .addColumn('user_id', 'integer', (c) => user(c))
    .addColumn('step', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('mfa_totp_steps_pkey', ['user_id', 'step'])
    .execute();

  await db.schema
    .createTable('mfa_recovery_codes')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('user_id', 'integer', (c) => user(c))
    .addColumn('code_hash', 'char(64)', (c) => c.notNull())
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .addUniqueConstraint('mfa_recovery_codes_user_hash_key', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('mfa_login_tokens')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('token_hash', 'char(64)', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => user(c))
    .addColumn('identifier', 'varchar(254)', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('expires', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('mfa_login_tokens_expires_idx')
    .on('mfa_login_tokens')
    .column('expires')
    .execute();

  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('public_id', 'char(32)', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => user(c))
    .addColumn('credential_id', 'varchar(1400)', (c) => c.notNull().unique())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('counter', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('transports', 'varchar(255)', (c) => c.notNull().defaultTo('[]'))
    .addColumn('backup_eligible', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('backup_state', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('last_used', 'bigint')
    .execute();
  await db.schema.createIndex('passkeys_user_idx').on('passkeys').column('user_id').execute();

  await db.schema
    .createTable('webauthn_challenges')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('challenge', 'varchar(128)', (c) => c.notNull().unique())
    .addColumn('purpose', 'varchar(16)', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('expires', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webauthn_challenges_expires_idx')
    .on('webauthn_challenges')
    .column('expires')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'webauthn_challenges',
    'passkeys',
    'mfa_login_tokens',
    'mfa_recovery_codes',
    'mfa_totp_steps',
    'mfa_totp',
  ])
    await db.schema.dropTable(table).execute();
}
