/**
 * Table types for Kysely. Timestamps are BIGINT microseconds since the Unix epoch on both
 * dialects (the app generates them; see docs/operations.md), booleans are 0/1 on SQLite and
 * true/false on PostgreSQL (read them through `Boolean()`), and internal integer keys never
 * leave the server.
 */
import type { Generated } from 'kysely';

/** Privilege level; the only source of truth for `is_staff` / `is_superuser`. */
export type Role = 'user' | 'moderator' | 'admin';

/** `users`: people with an account. */
export interface UsersTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** Username as typed at registration. */
  username: string;
  /** NFKC-lowercased username: unique, so usernames are unique case-insensitively. */
  username_normalized: string;
  /** E-mail address as given. */
  email: string;
  /** Lowercased e-mail address: unique, so addresses are unique case-insensitively. */
  email_normalized: string;
  /** Given name, may be empty. */
  first_name: string;
  /** Family name, may be empty. */
  last_name: string;
  /** Free text about the user, may be empty. */
  bio: string;
  /** Avatar file name under `DATA_DIR/media`, or null for the default avatar. */
  avatar: string | null;
  /** Privilege level. */
  role: Role;
  /** Inactive users cannot log in and their tokens stop working. */
  is_active: boolean | number;
  /** Whether the e-mail address has been confirmed. */
  email_verified: boolean | number;
  /** Argon2id PHC string. Selected only by the auth repository. */
  password: string;
  /** Last successful login, microseconds, or null. */
  last_login: number | null;
  /** Creation time, microseconds. */
  created: number;
  /** Last change, microseconds. */
  updated: number;
}

/** `security_events`: the append-only audit trail of security-relevant actions. */
export interface SecurityEventsTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** The user the event concerns, or null (e.g. a failed login for an unknown name). */
  user_id: number | null;
  /** Stable machine name, e.g. `login.success`, `token.reuse`, `admin.set_role`. */
  type: string;
  /** Client IP address as seen by the server (after `TRUST_PROXY`). */
  ip: string | null;
  /** Client `User-Agent`, truncated. */
  user_agent: string | null;
  /** JSON object with event-specific details (never secrets). */
  details: string;
  /** When it happened, microseconds. */
  created: number;
}

/** The whole database as Kysely sees it. */
export interface DB {
  users: UsersTable;
  security_events: SecurityEventsTable;
}
