/**
 * The two ways a community list pages: limit/offset (the reference's, the default) and a keyset
 * cursor (`?cursor=`, DRF's CursorPagination; `?cursor=` with an empty value asks for the first
 * cursor page). Page N of a cursor costs what page 1 costs.
 */
import type { FastifyRequest } from 'fastify';
import {
  absoluteUrl,
  type Cursor,
  encodeCursor,
  type PageWindow,
  pageBody,
  parseCursor,
  parsePageWindow,
} from '../../http/pagination.ts';
import type { FeedPosition } from './posts.repository.ts';

/** What the client asked for. */
export type PageRequest =
  | { kind: 'offset'; window: PageWindow }
  | { kind: 'cursor'; limit: number; cursor: Cursor | undefined };

/** A page of items as a service returns it. */
export type Paged<T> =
  | { kind: 'offset'; window: PageWindow; count: number; items: T[] }
  | { kind: 'cursor'; items: T[]; next: Cursor | null; previous: Cursor | null };

/** Reads `?limit=&offset=` or `?cursor=` (400 `Invalid cursor` when malformed). */
export function parsePageRequest(request: FastifyRequest): PageRequest {
  const window = parsePageWindow(request);
  const raw = (request.query as { cursor?: unknown } | undefined)?.cursor;
  if (raw === undefined) return { kind: 'offset', window };
  return { kind: 'cursor', limit: window.limit, cursor: raw === '' ? undefined : parseCursor(request) };
}

/**
 * Runs a keyset page: fetches one row more than asked to learn whether another page follows,
 * and derives the next/previous cursors from the first and last rows.
 */
export async function keysetPage<T>(
  limit: number,
  cursor: Cursor | undefined,
  fetch: (limit: number, after: FeedPosition | undefined, reverse: boolean) => Promise<T[]>,
  position: (item: T) => FeedPosition,
): Promise<{ items: T[]; next: Cursor | null; previous: Cursor | null }> {
  const reverse = cursor?.reverse ?? false;
  const rows = await fetch(limit + 1, cursor?.position, reverse);
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  if (reverse) items.reverse();
  const first = items[0];
  const last = items.at(-1);
  const at = (item: T | undefined, back: boolean): Cursor | null =>
    item === undefined ? null : { position: position(item), reverse: back };
  const stay = (back: boolean): Cursor | null =>
    cursor === undefined ? null : { position: cursor.position, reverse: back };
  if (reverse) {
    return { items, previous: more ? at(first, true) : null, next: at(last, false) ?? stay(false) };
  }
  return {
    items,
    next: more ? at(last, false) : null,
    previous: cursor === undefined ? null : (at(first, true) ?? stay(true)),
  };
}

/** The response body: DRF's limit/offset page or its cursor page (`{next, previous, results}`). */
export function pagedBody<T, R>(request: FastifyRequest, page: Paged<T>, present: (item: T) => R) {
  const results = page.items.map(present);
  if (page.kind === 'offset') return pageBody(request, page.window, page.count, results);
  const link = (cursor: Cursor | null) =>
    cursor === null ? null : absoluteUrl(request, { cursor: encodeCursor(cursor), offset: null });
  return { next: link(page.next), previous: link(page.previous), results };
}
