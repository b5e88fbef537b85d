/**
 * Blocks and mutes (API.md C2). Blocking hides each user's posts and comments from the other
 * (anonymous ones included); muting hides the muted user's content from the muter only and is
 * never observable by the muted user. Staff can be neither blocked nor affected by blocks, so
 * moderators stay reachable. Unknown or malformed ids are 404; oneself (and staff, for blocks) 400.
 */
import type { Executor } from '../../db/database.ts';
import type { AuthUser } from '../../http/auth.ts';
import { BadRequestError, NotFoundError } from '../../http/errors.ts';
import { parsePublicId } from '../../lib/ids.ts';
import {
  findUserByPublicId,
  isStaff,
  type PostsCounter,
  type UserView,
  withPostsCounts,
} from '../users/index.ts';
import { addRelation, listRelated, type RelationKind, removeRelation } from './relations.repository.ts';

async function targetOf(db: Executor, viewer: AuthUser, kind: RelationKind, rawId: string): Promise<number> {
  const publicId = parsePublicId(rawId);
  const target = publicId === null ? undefined : await findUserByPublicId(db, publicId);
  if (target === undefined) throw new NotFoundError();
  if (target.id === viewer.id) throw new BadRequestError(`You cannot ${kind} yourself.`, `${kind}_self`);
  if (kind === 'block' && isStaff(target.role)) {
    throw new BadRequestError('Moderators and admins cannot be blocked.', 'block_staff');
  }
  return target.id;
}

/** Blocks or mutes a user (idempotent). */
export async function relate(
  db: Executor,
  viewer: AuthUser,
  kind: RelationKind,
  rawId: string,
): Promise<void> {
  await addRelation(db, kind, viewer.id, await targetOf(db, viewer, kind, rawId));
}

/** Unblocks or unmutes a user (idempotent). */
export async function unrelate(
  db: Executor,
  viewer: AuthUser,
  kind: RelationKind,
  rawId: string,
): Promise<void> {
  await removeRelation(db, kind, viewer.id, await targetOf(db, viewer, kind, rawId));
}

/** The users the caller blocked or muted, with their `posts_count`. */
export async function listRelations(
  db: Executor,
  counter: PostsCounter,
  viewer: AuthUser,
  kind: RelationKind,
): Promise<UserView[]> {
  return withPostsCounts(counter, db, await listRelated(db, kind, viewer.id));
}
