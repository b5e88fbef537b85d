/**
 * The allow-list of user columns: every read of a user selects these, so the password hash never
 * leaves the credential queries. Other modules use it only to join authors into their own reads.
 */
import type { Role } from '../../db/schema.ts';

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

/** A user row as reads return it. */
export interface UserRow {
  id: number;
  public_id: string;
  username: string;
  email: string;
  first_name: string;
  last_name: string;
  bio: string;
  avatar: string | null;
  role: Role;
  is_active: boolean | number;
  email_verified: boolean | number;
  last_login: number | null;
  created: number;
  updated: number;
}
