/**
 * The user object of API.md Part A, built from an allow-listed row. The e-mail address is shown
 * only to the user themself and to staff; `is_staff` / `is_superuser` derive from `role`.
 */
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../http/auth.ts';
import { isoMicros } from '../../lib/time.ts';
import type { UserRow } from './users.repository.ts';

/** Path of the default avatar, served by this server (never a third-party service). */
export const DEFAULT_AVATAR_PATH = '/media/defaults/avatar.svg';

/** The user object as sent to clients. */
export interface UserDto {
  id: string;
  username: string;
  name: string;
  first_name: string;
  last_name: string;
  bio: string;
  avatar: string;
  email: string | null;
  /** Whether the address is confirmed; null (or absent, e.g. the anonymous sentinel) for others. */
  email_verified?: boolean | null;
  is_active: boolean;
  role: UserRow['role'];
  is_staff: boolean;
  is_superuser: boolean;
  created: string;
  updated: string;
  posts_count: number;
}

/** A user's posts: all of them, and the public ones (neither anonymous nor hidden). */
export interface PostsCounts {
  /** Every post, as the user themself and staff count them. */
  all: number;
  /** Posts that are neither anonymous nor hidden, as everyone else counts them. */
  public: number;
}

/** `scheme://host` of the request, for absolute URLs. */
export function baseUrl(request: FastifyRequest): string {
  // Through URL so a default port (":80" on http) is dropped, as in pagination links.
  return new URL(`${request.protocol}://${request.host}`).origin;
}

/** True for moderators and admins. */
export function isStaff(role: UserRow['role']): boolean {
  return role === 'moderator' || role === 'admin';
}

/** Absolute avatar URL: the uploaded file or the local default. */
export function avatarUrl(base: string, avatar: string | null): string {
  return `${base}${avatar === null ? DEFAULT_AVATAR_PATH : `/media/${avatar}`}`;
}

/**
 * Presents a user row to a viewer (null: anonymous). `postsCounts` (from the posts module) gives
 * `posts_count`: all posts for the user themself and staff, public ones for everyone else.
 */
export function toUserDto(
  row: UserRow,
  viewer: AuthUser | null,
  base: string,
  postsCounts?: PostsCounts,
): UserDto {
  const name = `${row.first_name} ${row.last_name}`.trim();
  const canSeeEmail = viewer !== null && (viewer.id === row.id || isStaff(viewer.role));
  return {
    id: row.public_id,
    username: row.username,
    name: name === '' ? row.username : name,
    first_name: row.first_name,
    last_name: row.last_name,
    bio: row.bio,
    avatar: avatarUrl(base, row.avatar),
    email: canSeeEmail ? row.email : null,
    email_verified: canSeeEmail ? row.email_verified : null,
    is_active: row.is_active,
    role: row.role,
    is_staff: isStaff(row.role),
    is_superuser: row.role === 'admin',
    created: isoMicros(row.created),
    updated: isoMicros(row.updated),
    // Anonymous and hidden posts are never counted for others, so the count cannot unmask them.
    posts_count: (canSeeEmail ? postsCounts?.all : postsCounts?.public) ?? 0,
  };
}
