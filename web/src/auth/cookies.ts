/** Reading the JavaScript-visible `csrftoken` cookie the server sets in cookie mode. */

/** Name of the CSRF cookie (Django's convention, as the server uses it). */
export const CSRF_COOKIE = 'csrftoken';

/** The current CSRF token, or null when there is no cookie (no session in this browser). */
export function readCsrfToken(cookies: string = globalThis.document?.cookie ?? ''): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) {
      const value = decodeURIComponent(rest.join('='));
      return value === '' ? null : value;
    }
  }
  return null;
}
