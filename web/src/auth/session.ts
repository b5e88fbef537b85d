/**
 * The browser session: the access token lives in memory only (never in storage); the refresh
 * token is an HttpOnly cookie the server sets in cookie mode. {@link Session.refresh} is
 * single-flight: concurrent callers share one `POST /api/auth/refresh/`.
 */
import { readCsrfToken } from './cookies.ts';

/** Why a session ended, for the message people see. */
export type EndReason = 'logout' | 'expired';

/** Options for {@link createSession}. */
export interface SessionOptions {
  /** The fetch to use (tests pass a fake). */
  fetch?: typeof fetch;
  /** Origin the API lives at; default the page's. */
  origin?: string;
  /** Reads the CSRF cookie (tests pass their own). */
  csrf?: () => string | null;
}

/** The in-memory session. */
export interface Session {
  /** The current access token, or null. */
  access(): string | null;
  /** Stores a new access token (after login or register). */
  setAccess(token: string): void;
  /** Forgets the access token and tells listeners why. */
  end(reason: EndReason): void;
  /** True when this browser may hold a refresh cookie (the CSRF cookie is present). */
  mayRefresh(): boolean;
  /** A new access token through the refresh cookie, or null when the session is gone. One request at a time. */
  refresh(): Promise<string | null>;
  /** Called with the reason whenever the session ends. Returns an unsubscribe function. */
  onEnd(listener: (reason: EndReason) => void): () => void;
  /** The CSRF header value for cookie-authenticated requests. */
  csrfToken(): string | null;
}

/** Seconds until a JWT's `exp`, or null when it can't be read. */
export function secondsLeft(token: string, now: number = Date.now()): number | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp - now / 1000 : null;
  } catch {
    return null;
  }
}

/** Creates a session bound to a fetch implementation. */
export function createSession(options: SessionOptions = {}): Session {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const origin = options.origin ?? globalThis.location?.origin ?? '';
  const csrf = options.csrf ?? (() => readCsrfToken());
  let access: string | null = null;
  let inFlight: Promise<string | null> | null = null;
  const listeners = new Set<(reason: EndReason) => void>();

  const end = (reason: EndReason) => {
    access = null;
    for (const listener of listeners) listener(reason);
  };

  const refreshOnce = async (): Promise<string | null> => {
    const token = csrf();
    if (token === null) return null;
    let response: Response;
    try {
      response = await doFetch(`${origin}/api/auth/refresh/`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Auth-Mode': 'cookie', 'X-CSRFToken': token },
        body: '{}',
      });
    } catch {
      // Offline: keep whatever we had; the caller's request reports the network error.
      return access;
    }
    if (!response.ok) {
      if (access !== null || response.status === 401) end('expired');
      return null;
    }
    const body = (await response.json()) as { access?: unknown };
    if (typeof body.access !== 'string') return null;
    access = body.access;
    return access;
  };

  return {
    access: () => access,
    setAccess: (token) => {
      access = token;
    },
    end,
    mayRefresh: () => csrf() !== null,
    csrfToken: () => csrf(),
    refresh: () => {
      if (inFlight === null) {
        inFlight = refreshOnce().finally(() => {
          inFlight = null;
        });
      }
      return inFlight;
    },
    onEnd: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
