/**
 * Entry rules: validation, encryption of title and body, owner-only access (someone else's or a
 * malformed id is a 404), links only to the caller's own check-ins, and search that decrypts the
 * caller's own entries only.
 */
import type { AuthUser } from '../../http/auth.ts';
import { type FieldErrors, NotFoundError, ValidationError } from '../../http/errors.ts';
import type { PageWindow } from '../../http/pagination.ts';
import { newPublicId, parsePublicId } from '../../lib/ids.ts';
import { isoMicros } from '../../lib/time.ts';
import { findCheckin } from './checkins.repository.ts';
import { type CreateOnce, createOnce, normalClientId } from './client-id.ts';
import { decryptWithLoadedKey, fieldContext, type JournalCipher } from './crypto.ts';
import {
  deleteEntry as deleteEntryRow,
  type EntryRow,
  type EntryValues,
  findEntry,
  findEntryByClientId,
  insertEntry,
  listAllEntries,
  listEntries as listEntryRows,
  updateEntry as updateEntryRow,
} from './entries.repository.ts';
import type { JournalContext } from './journal.context.ts';

/** Entry fields as a request gives them (already schema-checked); absent means unchanged. */
export interface EntryInput {
  title?: string | null;
  body?: string;
  checkin?: string | null;
  /** The offline queue's id for a new entry (create only). */
  client_id?: string;
}

/** An entry as its owner sees it. */
export interface EntryDto {
  id: string;
  title: string | null;
  body: string;
  checkin: string | null;
  created: string;
  updated: string;
}

/** Decrypts and presents a row with a cipher (or, without one, any key this process loaded). */
export function toEntryDto(row: EntryRow, cipher: JournalCipher | null): EntryDto {
  const decrypt = (value: string, field: 'journal_entries.title' | 'journal_entries.body') => {
    const context = fieldContext(field, row.public_id);
    return cipher === null
      ? decryptWithLoadedKey(value, row.key_id, context)
      : cipher.decrypt(value, row.key_id, context);
  };
  return {
    id: row.public_id,
    title: row.title_ciphertext === null ? null : decrypt(row.title_ciphertext, 'journal_entries.title'),
    body: decrypt(row.body_ciphertext, 'journal_entries.body'),
    checkin: row.checkin_public_id,
    created: isoMicros(row.created),
    updated: isoMicros(row.updated),
  };
}

async function checkinLink(
  ctx: JournalContext,
  caller: AuthUser,
  raw: string | null,
  errors: FieldErrors,
): Promise<number | null> {
  if (raw === null || raw === '') return null;
  const publicId = parsePublicId(raw);
  if (publicId === null) {
    errors.checkin = ['Must be a valid UUID.'];
    return null;
  }
  // Someone else's check-in gets the same answer as a missing one: existence is not confirmed.
  const row = await findCheckin(ctx.database.db, caller.id, publicId);
  if (row === undefined) errors.checkin = [`Invalid pk "${publicId}" - object does not exist.`];
  return row?.id ?? null;
}

async function toValues(
  ctx: JournalContext,
  caller: AuthUser,
  publicId: string,
  input: EntryInput,
  current: { dto: EntryDto; checkinId: number | null } | null,
): Promise<EntryValues> {
  const errors: FieldErrors = {};
  const body = input.body ?? current?.dto.body;
  if (body === undefined) errors.body = ['This field is required.'];
  const title = input.title === undefined ? (current?.dto.title ?? null) : input.title || null;
  const checkinId =
    input.checkin === undefined
      ? (current?.checkinId ?? null)
      : await checkinLink(ctx, caller, input.checkin, errors);
  if (Object.keys(errors).length > 0 || body === undefined) throw new ValidationError(errors);
  const encryptedBody = ctx.cipher.encrypt(body, fieldContext('journal_entries.body', publicId));
  return {
    checkin_id: checkinId,
    title_ciphertext:
      title === null
        ? null
        : ctx.cipher.encrypt(title, fieldContext('journal_entries.title', publicId)).ciphertext,
    body_ciphertext: encryptedBody.ciphertext,
    key_id: encryptedBody.keyId,
  };
}

async function ownEntry(ctx: JournalContext, caller: AuthUser, rawId: string): Promise<EntryRow> {
  const publicId = parsePublicId(rawId);
  const row = publicId === null ? undefined : await findEntry(ctx.database.db, caller.id, publicId);
  if (row === undefined) throw new NotFoundError();
  return row;
}

async function reload(ctx: JournalContext, caller: AuthUser, publicId: string): Promise<EntryDto> {
  const row = await findEntry(ctx.database.db, caller.id, publicId);
  if (row === undefined) throw new NotFoundError();
  return toEntryDto(row, ctx.cipher);
}

/** Writes an entry for the caller, or answers the one an earlier send with its `client_id` made. */
export async function createEntry(
  ctx: JournalContext,
  caller: AuthUser,
  input: EntryInput,
): Promise<CreateOnce<EntryDto>> {
  const db = ctx.database.db;
  const clientId = normalClientId(input.client_id);
  return createOnce(
    clientId,
    async (id) => {
      const row = await findEntryByClientId(db, caller.id, id);
      return row === undefined ? undefined : toEntryDto(row, ctx.cipher);
    },
    async () => {
      const publicId = newPublicId();
      const values = await toValues(ctx, caller, publicId, input, null);
      await insertEntry(db, caller.id, publicId, values, clientId);
      return reload(ctx, caller, publicId);
    },
  );
}

/** Case- and accent-width-insensitive form used by search. */
function searchable(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/**
 * One page of the caller's entries. With `search`, the caller's own entries (and no one else's)
 * are decrypted and matched on title and body; the count is the number of matches.
 */
export async function listEntries(
  ctx: JournalContext,
  caller: AuthUser,
  window: PageWindow,
  search: string | undefined,
): Promise<{ count: number; results: EntryDto[] }> {
  const needle = searchable(search?.trim() ?? '');
  if (needle === '') {
    const { count, rows } = await listEntryRows(ctx.database.db, caller.id, window);
    return { count, results: rows.map((row) => toEntryDto(row, ctx.cipher)) };
  }
  const matches = (await listAllEntries(ctx.database.db, caller.id))
    .map((row) => toEntryDto(row, ctx.cipher))
    .filter((dto) => searchable(`${dto.title ?? ''}\n${dto.body}`).includes(needle));
  return { count: matches.length, results: matches.slice(window.offset, window.offset + window.limit) };
}

/** One of the caller's entries. */
export async function getEntry(ctx: JournalContext, caller: AuthUser, rawId: string) {
  return toEntryDto(await ownEntry(ctx, caller, rawId), ctx.cipher);
}

/** Changes one of the caller's entries (absent fields stay; `checkin: null` unlinks). */
export async function updateEntry(ctx: JournalContext, caller: AuthUser, rawId: string, input: EntryInput) {
  const row = await ownEntry(ctx, caller, rawId);
  const current = { dto: toEntryDto(row, ctx.cipher), checkinId: row.checkin_id };
  const values = await toValues(ctx, caller, row.public_id, input, current);
  if (!(await updateEntryRow(ctx.database.db, caller.id, row.public_id, values))) throw new NotFoundError();
  return reload(ctx, caller, row.public_id);
}

/** Deletes one of the caller's entries. */
export async function deleteEntry(ctx: JournalContext, caller: AuthUser, rawId: string): Promise<void> {
  const publicId = parsePublicId(rawId);
  if (publicId === null || !(await deleteEntryRow(ctx.database.db, caller.id, publicId))) {
    throw new NotFoundError();
  }
}
