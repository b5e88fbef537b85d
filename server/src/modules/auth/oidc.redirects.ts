/**
 * Where a provider sign-in lands: the SPA (`FRONTEND_URL`) plus a same-origin `next` path on
 * success, its login page with a readable `?error=` otherwise. Nothing else is ever a target, so
 * the flow cannot be turned into an open redirect.
 */
import type { Config } from '../../config.ts';
import { frontendBase } from '../../mail/links.ts';

/**
 * `next` when it is a path on the SPA's own origin, else `/`. Refuses `//host` and `/\host`
 * (browsers read both as another host), absolute URLs, and control characters.
 */
export function safeNext(config: Config, next: string | undefined): string {
  if (next === undefined || !next.startsWith('/') || next.startsWith('//')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return '/';
  const base = new URL(frontendBase(config));
  const target = new URL(next, base);
  if (target.origin !== base.origin) return '/';
  return `${target.pathname}${target.search}${target.hash}`;
}

/** The SPA URL of a same-origin path already checked by {@link safeNext}. */
export function frontendUrlOf(config: Config, path: string): string {
  return `${frontendBase(config)}${path}`;
}

/** The SPA's login page showing a message to the person signing in. */
export function loginErrorUrl(config: Config, message: string): string {
  return `${frontendBase(config)}/login?error=${encodeURIComponent(message)}`;
}
