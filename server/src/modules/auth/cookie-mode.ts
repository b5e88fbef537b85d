/**
 * Cookie mode for browsers (API.md Part B): with `X-Auth-Mode: cookie` the refresh token travels
 * in an HttpOnly, SameSite=Strict cookie scoped to `/api/auth/` instead of the JSON body, next to a
 * JavaScript-readable `csrftoken` cookie. A request that authenticates with the refresh cookie
 * must echo that value in `X-CSRFToken` (double submit) and, when it sends `Origin`, come from
 * this server's origin or an allowed one.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { PermissionDeniedError } from '../../http/errors.ts';

/** Name of the refresh token cookie. */
export const REFRESH_COOKIE = 'refresh_token';
/** Name of the CSRF cookie (Django's). */
export const CSRF_COOKIE = 'csrftoken';
/** Path the refresh cookie is sent to. */
export const REFRESH_COOKIE_PATH = '/api/auth/';

const CSRF_VALUE = /^[A-Za-z0-9_-]{43}$/;

/** True when the client asked for cookie mode. */
export function wantsCookieMode(request: FastifyRequest): boolean {
  return String(request.headers['x-auth-mode'] ?? '').toLowerCase() === 'cookie';
}

/** True for `localhost`, `*.localhost`, 127.0.0.0/8 and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/** Cookies are Secure except over plain HTTP to a loopback host (`TRUST_PROXY` decides the scheme). */
function secure(request: FastifyRequest): boolean {
  return !(request.protocol === 'http' && isLoopbackHost(request.hostname));
}

/**
 * Sets the refresh cookie (when there is a new token) and the CSRF cookie. A login starts a new
 * CSRF value; a refresh keeps the current one so other tabs keep working.
 */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
  refresh: string | null,
  newCsrf: boolean,
): void {
  const common = {
    sameSite: 'strict',
    secure: secure(request),
    maxAge: config.refreshTokenLifetime,
  } as const;
  if (refresh !== null) {
    reply.setCookie(REFRESH_COOKIE, refresh, { ...common, httpOnly: true, path: REFRESH_COOKIE_PATH });
  }
  const current = request.cookies[CSRF_COOKIE];
  const csrf =
    !newCsrf && current !== undefined && CSRF_VALUE.test(current)
      ? current
      : randomBytes(32).toString('base64url');
  reply.setCookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false, path: '/' });
}

/** Removes both cookies (logout). */
export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  const common = { sameSite: 'strict', secure: secure(request) } as const;
  reply.clearCookie(REFRESH_COOKIE, { ...common, httpOnly: true, path: REFRESH_COOKIE_PATH });
  reply.clearCookie(CSRF_COOKIE, { ...common, path: '/' });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Throws 403 unless the request carries the CSRF token and (if it says) comes from an allowed origin. */
export function assertCsrf(request: FastifyRequest, config: Config): void {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const own = `${request.protocol}://${request.host}`;
    // `*` in CORS_ALLOWED_ORIGINS opens CORS for token clients, never cookie authentication.
    if (origin !== own && !config.corsAllowedOrigins.includes(origin)) {
      throw new PermissionDeniedError(
        `CSRF Failed: Origin checking failed - ${origin} does not match any trusted origins.`,
        'csrf_failed',
      );
    }
  }
  const cookie = request.cookies[CSRF_COOKIE];
  const header = request.headers['x-csrftoken'];
  if (cookie === undefined || cookie === '' || typeof header !== 'string') {
    throw new PermissionDeniedError('CSRF Failed: CSRF token missing.', 'csrf_failed');
  }
  if (!sameSecret(cookie, header)) {
    throw new PermissionDeniedError('CSRF Failed: CSRF token incorrect.', 'csrf_failed');
  }
}

/** A refresh token and where it came from. */
export interface PresentedRefresh {
  /** The token. */
  token: string;
  /** True when it came from the cookie (CSRF already checked). */
  fromCookie: boolean;
}

/** The refresh token of a request: the JSON body's, else the cookie's (after the CSRF check). */
export function presentedRefresh(
  request: FastifyRequest,
  config: Config,
  bodyToken: string | undefined,
): PresentedRefresh | null {
  if (bodyToken !== undefined) return { token: bodyToken, fromCookie: false };
  const cookie = request.cookies[REFRESH_COOKIE];
  if (cookie === undefined || cookie === '') return null;
  assertCsrf(request, config);
  return { token: cookie, fromCookie: true };
}
