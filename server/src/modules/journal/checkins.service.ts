/**
 * Check-in rules: validation (tags, note, no future times), encryption of the note, owner-only
 * access (someone else's or a malformed id is a 404), and the crisis support block on score 1.
 */
import type { AuthUser } from '../../http/auth.ts';
import { type FieldErrors, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { PageWindow } from '../../http/pagination.ts';
import type { SupportBlock } from '../../lib/crisis-resources.ts';
import { parsePublicId } from '../../lib/ids.ts';
import { isoMicros, nowMicros, parseIsoMicros } from '../../lib/time.ts';
import {
  type CheckinRow,
  type CheckinValues,
  deleteCheckin as deleteCheckinRow,
  findCheckin,
  findCheckinByClientId,
  insertCheckin,
  listCheckins as listCheckinRows,
  listTagColumns,
  newCheckinId,
  updateCheckin as updateCheckinRow,
} from './checkins.repository.ts';
import { type CreateOnce, createOnce, normalClientId } from './client-id.ts';
import { decryptWithLoadedKey, fieldContext, type JournalCipher } from './crypto.ts';
import { listCustomTags } from './custom-tags.repository.ts';
import { toCustomTagDto } from './custom-tags.service.ts';
import type { JournalContext } from './journal.context.ts';
import { parseInstantRange, type RangeQuery } from './ranges.ts';
import {
  BUILT_IN_ACTIVITIES,
  BUILT_IN_EMOTIONS,
  customTags,
  normalizeTags,
  parseStoredTags,
} from './tags.ts';

/** How far in the future `occurred_at` may be (clock skew between devices), in microseconds. */
export const FUTURE_SKEW_MICROS = 5 * 60 * 1_000_000;
/** The earliest accepted `occurred_at`: 1900-01-01T00:00:00Z. */
export const EARLIEST_OCCURRED_AT = Date.UTC(1900, 0, 1) * 1000;

/** Check-in fields as a request gives them (already schema-checked); absent means unchanged. */
export interface CheckinInput {
  score?: number;
  emotions?: string[];
  activities?: string[];
  note?: string | null;
  occurred_at?: string | null;
  /** The offline queue's id for a new check-in (create only). */
  client_id?: string;
}

/** A check-in as its owner sees it. */
export interface CheckinDto {
  id: string;
  score: number;
  emotions: string[];
  activities: string[];
  note: string | null;
  occurred_at: string;
  created: string;
  updated: string;
  support?: SupportBlock;
}

/** Decrypts a row's note with a cipher (or, without one, any key this process loaded). */
export function decryptNote(row: CheckinRow, cipher: JournalCipher | null): string | null {
  if (row.note_ciphertext === null || row.key_id === null) return null;
  const context = fieldContext('journal_checkins.note', row.public_id);
  return cipher === null
    ? decryptWithLoadedKey(row.note_ciphertext, row.key_id, context)
    : cipher.decrypt(row.note_ciphertext, row.key_id, context);
}

/** The owner's view of a row; `support` is added for score 1 when a block is given. */
export function toCheckinDto(
  row: CheckinRow,
  cipher: JournalCipher | null,
  support: SupportBlock | null = null,
): CheckinDto {
  return {
    id: row.public_id,
    score: row.score,
    emotions: parseStoredTags(row.emotions),
    activities: parseStoredTags(row.activities),
    note: decryptNote(row, cipher),
    occurred_at: isoMicros(row.occurred_at),
    created: isoMicros(row.created),
    updated: isoMicros(row.updated),
    ...(support !== null && row.score === 1 ? { support } : {}),
  };
}

function occurredAt(raw: string | null | undefined, fallback: number, errors: FieldErrors): number {
  if (raw === undefined || raw === null) return fallback;
  const micros = parseIsoMicros(raw);
  if (micros === null) errors.occurred_at = ['Enter a valid date-time with a time zone.'];
  else if (micros > nowMicros() + FUTURE_SKEW_MICROS) errors.occurred_at = ['This may not be in the future.'];
  else if (micros < EARLIEST_OCCURRED_AT) errors.occurred_at = ['This may not be before 1900-01-01.'];
  return micros ?? fallback;
}

/** Validates input merged over the current values (none for a new check-in) into stored values. */
function toValues(
  ctx: JournalContext,
  publicId: string,
  input: CheckinInput,
  current: CheckinRow | null,
): CheckinValues {
  const errors: FieldErrors = {};
  const score = input.score ?? current?.score;
  if (score === undefined) errors.score = ['This field is required.'];
  const emotions =
    input.emotions === undefined
      ? parseStoredTags(current?.emotions ?? '[]')
      : normalizeTags(input.emotions, 'emotions', errors);
  const activities =
    input.activities === undefined
      ? parseStoredTags(current?.activities ?? '[]')
      : normalizeTags(input.activities, 'activities', errors);
  const occurred = occurredAt(input.occurred_at, current?.occurred_at ?? nowMicros(), errors);
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  let note: { ciphertext: string | null; keyId: string | null };
  if (input.note === undefined && current !== null) {
    note = { ciphertext: current.note_ciphertext, keyId: current.key_id };
  } else if (input.note === undefined || input.note === null || input.note === '') {
    note = { ciphertext: null, keyId: null };
  } else {
    note = ctx.cipher.encrypt(input.note, fieldContext('journal_checkins.note', publicId));
  }
  return {
    score: score ?? 1,
    emotions: JSON.stringify(emotions),
    activities: JSON.stringify(activities),
    note_ciphertext: note.ciphertext,
    key_id: note.keyId,
    occurred_at: occurred,
  };
}

/** Records a check-in for the caller, or answers the one an earlier send with its `client_id` made. */
export async function createCheckin(
  ctx: JournalContext,
  caller: AuthUser,
  input: CheckinInput,
): Promise<CreateOnce<CheckinDto>> {
  const db = ctx.database.db;
  const clientId = normalClientId(input.client_id);
  return createOnce(
    clientId,
    async (id) => {
      const row = await findCheckinByClientId(db, caller.id, id);
      return row === undefined ? undefined : toCheckinDto(row, ctx.cipher, ctx.support);
    },
    async () => {
      const publicId = newCheckinId();
      const values = toValues(ctx, publicId, input, null);
      const row = await insertCheckin(db, caller.id, publicId, values, clientId);
      return toCheckinDto(row, ctx.cipher, ctx.support);
    },
  );
}

/** One page of the caller's check-ins, optionally within `from`/`to`. */
export async function listCheckins(
  ctx: JournalContext,
  caller: AuthUser,
  window: PageWindow,
  query: RangeQuery,
) {
  const range = parseInstantRange(query);
  const { count, rows } = await listCheckinRows(ctx.database.db, caller.id, range, window);
  return { count, results: rows.map((row) => toCheckinDto(row, ctx.cipher)) };
}

async function ownCheckin(ctx: JournalContext, caller: AuthUser, rawId: string): Promise<CheckinRow> {
  const publicId = parsePublicId(rawId);
  const row = publicId === null ? undefined : await findCheckin(ctx.database.db, caller.id, publicId);
  if (row === undefined) throw new NotFoundError();
  return row;
}

/** One of the caller's check-ins. */
export async function getCheckin(ctx: JournalContext, caller: AuthUser, rawId: string) {
  return toCheckinDto(await ownCheckin(ctx, caller, rawId), ctx.cipher, ctx.support);
}

/** Changes one of the caller's check-ins (absent fields stay as they are). */
export async function updateCheckin(
  ctx: JournalContext,
  caller: AuthUser,
  rawId: string,
  input: CheckinInput,
) {
  const current = await ownCheckin(ctx, caller, rawId);
  const values = toValues(ctx, current.public_id, input, current);
  const row = await updateCheckinRow(ctx.database.db, caller.id, current.public_id, values);
  if (row === undefined) throw new NotFoundError();
  return toCheckinDto(row, ctx.cipher, ctx.support);
}

/** Deletes one of the caller's check-ins (entries linked to it stay, unlinked). */
export async function deleteCheckin(ctx: JournalContext, caller: AuthUser, rawId: string): Promise<void> {
  const publicId = parsePublicId(rawId);
  if (publicId === null || !(await deleteCheckinRow(ctx.database.db, caller.id, publicId))) {
    throw new NotFoundError();
  }
}

/**
 * The built-in tags and the caller's own: `custom` lists every tag they saved or used that is not
 * built in; `saved` the tags they saved (with ids, to delete them).
 */
export async function listTags(ctx: JournalContext, caller: AuthUser) {
  const db = ctx.database.db;
  const [rows, saved] = await Promise.all([listTagColumns(db, caller.id), listCustomTags(db, caller.id)]);
  const choices = (kind: 'emotion' | 'activity', used: string[], builtIn: readonly string[]) => {
    const own = saved.filter((t) => t.kind === kind);
    return {
      built_in: [...builtIn],
      custom: customTags([...used, ...own.map((t) => t.name)], builtIn),
      saved: own.map(toCustomTagDto),
    };
  };
  return {
    emotions: choices(
      'emotion',
      rows.flatMap((r) => parseStoredTags(r.emotions)),
      BUILT_IN_EMOTIONS,
    ),
    activities: choices(
      'activity',
      rows.flatMap((r) => parseStoredTags(r.activities)),
      BUILT_IN_ACTIVITIES,
    ),
  };
}
