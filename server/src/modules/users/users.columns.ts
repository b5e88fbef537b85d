/**
 * The allow-list of user columns: every read of a user selects these, so the password hash never
 * leaves the credential queries. Other modules use it only to join authors into their own reads.
 */
import type { Selectable } from 'kysely';
import type { UsersTable } from '../../db/schema.ts';

/** Columns any user read may select. */
export const USER_COLUMNS = [
  'id',
  'public_id',
  'username',
  'email',
  'first_name',
  'last_name',
  'bio',
  'avatar',
  'role',
  'is_active',
  'email_verified',
  'last_login',
  'created',
  'updated',
] as const;

/** A user row as reads return it: the allow-listed columns, typed from the schema. */
export type UserRow = Pick<Selectable<UsersTable>, (typeof USER_COLUMNS)[number]>;
