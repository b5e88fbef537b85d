/**
 * Presenting users with their `posts_count`: one batched count query (from the posts module)
 * for any number of users, then the allow-listed presenter. Every route that returns a user
 * object goes through here, so counts are never silently 0.
 */
import type { Database } from '../../db/database.ts';
import type { AuthUser } from '../../http/auth.ts';
import { postsCountsFor } from '../community/posts.service.ts';
import { toUserDto, type UserDto } from './users.presenter.ts';
import type { UserRow } from './users.repository.ts';

/** Presents several users to a viewer with their post counts (one query). */
export async function presentUsers(
  database: Database,
  rows: readonly UserRow[],
  viewer: AuthUser | null,
  base: string,
): Promise<UserDto[]> {
  const counts = await postsCountsFor(
    database,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toUserDto(row, viewer, base, counts.get(row.id)));
}

/** Presents one user to a viewer with their post counts. */
export async function presentUser(
  database: Database,
  row: UserRow,
  viewer: AuthUser | null,
  base: string,
): Promise<UserDto> {
  const [dto] = await presentUsers(database, [row], viewer, base);
  return dto as UserDto;
}
