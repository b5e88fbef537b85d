/**
 * Pagination as DRF does it: limit/offset with absolute next/previous URLs, and an opaque
 * cursor for feeds. Invalid limit → default, invalid offset → 0, an invalid cursor → 400.
 */
import type { FastifyRequest } from 'fastify';
import { BadRequestError } from './errors.ts';

/** Default and maximum page sizes. */
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/** A parsed limit/offset window. */
export interface PageWindow {
  limit: number;
  offset: number;
}

/** A DRF page body. */
export interface PageBody<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

function queryValue(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** Reads `?limit=&offset=` leniently. */
export function parsePageWindow(request: FastifyRequest): PageWindow {
  const limitRaw = queryValue(request, 'limit');
  const offsetRaw = queryValue(request, 'offset');
  let limit = limitRaw !== undefined && /^\d+$/.test(limitRaw) ? Number(limitRaw) : DEFAULT_LIMIT;
  if (limit <= 0) limit = DEFAULT_LIMIT;
  const offset = offsetRaw !== undefined && /^\d+$/.test(offsetRaw) ? Number(offsetRaw) : 0;
  return { limit: Math.min(limit, MAX_LIMIT), offset: Math.min(offset, Number.MAX_SAFE_INTEGER) };
}

/** The absolute URL of this request with some query parameters replaced (null removes one). */
export function absoluteUrl(request: FastifyRequest, replace: Record<string, string | null>): string {
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  for (const [key, value] of Object.entries(replace)) {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  return url.toString();
}

/** Builds a DRF page body from one window of results and the total count. */
export function pageBody<T>(
  request: FastifyRequest,
  window: PageWindow,
  count: number,
  results: T[],
): PageBody<T> {
  const { limit, offset } = window;
  const next =
    offset + limit < count
      ? absoluteUrl(request, { limit: String(limit), offset: String(offset + limit) })
      : null;
  let previous: string | null = null;
  if (offset > 0) {
    const previousOffset = Math.max(0, offset - limit);
    previous = absoluteUrl(request, {
      limit: String(limit),
      offset: previousOffset === 0 ? null : String(previousOffset),
    });
  }
  return { count, next, previous, results };
}

/** A feed position: the ordering key of the boundary row and the direction of travel. */
export interface Cursor {
  /** Position: the boundary row's `created` (microseconds) and public id. */
  position: { created: number; id: string };
  /** True when paging backwards (towards newer items). */
  reverse: boolean;
}

/** Encodes a cursor as an opaque URL-safe string. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(
    JSON.stringify([cursor.position.created, cursor.position.id, cursor.reverse ? 1 : 0]),
  ).toString('base64url');
}

/** Decodes `?cursor=`; undefined when absent, 400 `{"detail": "Invalid cursor"}` when malformed. */
export function parseCursor(request: FastifyRequest): Cursor | undefined {
  const raw = queryValue(request, 'cursor');
  if (raw === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      Number.isSafeInteger(value[0]) &&
      typeof value[1] === 'string' &&
      /^[0-9a-f]{32}$/.test(value[1]) &&
      (value[2] === 0 || value[2] === 1)
    ) {
      return { position: { created: value[0], id: value[1] }, reverse: value[2] === 1 };
    }
  } catch {
    // fall through to the 400 below
  }
  throw new BadRequestError('Invalid cursor', 'invalid_cursor');
}
