/**
 * Custom tags (API.md C6): a person may save their own emotion and activity tags before using
 * them, and delete them; check-ins that used a deleted tag keep its text. Owner only: another
 * person's tag id is a 404.
 */
import { uniqueViolation } from '../../db/errors.ts';
import type { AuthUser } from '../../http/auth.ts';
import { type FieldErrors, NotFoundError, ValidationError } from '../../http/errors.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { isoMicros } from '../../lib/time.ts';
import {
  deleteCustomTag as deleteCustomTagRow,
  hasCustomTag,
  insertCustomTag,
  type TagKind,
} from './custom-tags.repository.ts';
import type { JournalContext } from './journal.context.ts';
import { BUILT_IN_ACTIVITIES, BUILT_IN_EMOTIONS, normalizeTags } from './tags.ts';

/** A saved custom tag as clients get it. */
export interface CustomTagDto {
  id: string;
  name: string;
  kind: TagKind;
  created: string;
}

/** Presents a saved tag. */
export function toCustomTagDto(row: {
  public_id: string;
  name: string;
  kind: TagKind;
  created: number;
}): CustomTagDto {
  return { id: row.public_id, name: row.name, kind: row.kind, created: isoMicros(row.created) };
}

const DUPLICATE = 'You already have this tag.';

/** Saves a custom tag (normalised as check-ins store tags); built-in names and duplicates are 400s. */
export async function createCustomTag(
  ctx: JournalContext,
  caller: AuthUser,
  input: { name: string; kind: TagKind },
): Promise<CustomTagDto> {
  const errors: FieldErrors = {};
  const [name] = normalizeTags([input.name], 'name', errors);
  if (name === undefined) throw new ValidationError(errors);
  const builtIn: readonly string[] = input.kind === 'emotion' ? BUILT_IN_EMOTIONS : BUILT_IN_ACTIVITIES;
  if (builtIn.includes(name))
    throw ValidationError.field('name', 'This is already one of the built-in tags.');
  const db = ctx.database.db;
  if (await hasCustomTag(db, caller.id, input.kind, name)) throw ValidationError.field('name', DUPLICATE);
  try {
    return toCustomTagDto(await insertCustomTag(db, caller.id, input.kind, name));
  } catch (error) {
    // A concurrent duplicate loses on the unique key.
    if (uniqueViolation(error) !== null) throw ValidationError.field('name', DUPLICATE);
    throw error;
  }
}

/** Deletes one of the caller's saved tags; check-ins keep the text. 404 for anyone else's. */
export async function deleteCustomTag(ctx: JournalContext, caller: AuthUser, rawId: string): Promise<void> {
  const publicId = parsePublicId(rawId);
  if (publicId === null || !(await deleteCustomTagRow(ctx.database.db, caller.id, publicId))) {
    throw new NotFoundError();
  }
}
