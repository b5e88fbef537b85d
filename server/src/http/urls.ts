/**
 * URLs the router cannot take (bad percent-encoding, an over-long path segment). Fastify would
 * answer them itself, before any hook, with its own body and none of the platform's headers; so
 * they are recognised before routing, sent to the not-found handler with every hook on the way,
 * and answered there in the contract's shape.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { ApiError, BadRequestError } from './errors.ts';

/** The longest path segment (and so path parameter) the router accepts. */
export const MAX_SEGMENT_LENGTH = 200;

/** Where a refused URL is routed (no route matches it, so the not-found handler answers). */
const REFUSED_PATH = '/.refused-url';

const REFUSAL = Symbol('refused url');

type MarkedRequest = IncomingMessage & { [REFUSAL]?: ApiError };

/** 414 for a path segment over {@link MAX_SEGMENT_LENGTH}. */
export class UriTooLongError extends ApiError {
  constructor() {
    super(
      414,
      'uri_too_long',
      `Request URI too long: a path segment has more than ${MAX_SEGMENT_LENGTH} characters.`,
    );
  }
}

function problemOf(url: string): ApiError | null {
  const pathname = url.split('?', 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return new BadRequestError('The URL is not validly percent-encoded.', 'bad_url');
  }
  if (decoded.split('/').some((segment) => segment.length > MAX_SEGMENT_LENGTH)) return new UriTooLongError();
  return null;
}

/** Fastify's `rewriteUrl`: a refused URL is marked and routed to the not-found handler. */
export function screenUrl(raw: IncomingMessage): string {
  const url = raw.url ?? '/';
  const problem = problemOf(url);
  if (problem === null) return url;
  (raw as MarkedRequest)[REFUSAL] = problem;
  return REFUSED_PATH;
}

/** The error a refused URL is answered with, or null for an ordinary request. */
export function urlRefusal(request: FastifyRequest): ApiError | null {
  return (request.raw as MarkedRequest)[REFUSAL] ?? null;
}
