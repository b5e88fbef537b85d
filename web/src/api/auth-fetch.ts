/**
 * The fetch every API call goes through: adds the access token, refreshes it shortly before it
 * expires, and on a 401 refreshes once (shared by every request waiting) and retries once.
 */
import type { Session } from '../auth/session.ts';
import { secondsLeft } from '../auth/session.ts';
import { NetworkError } from './errors.ts';

/** Paths that never carry or refresh an access token. */
const PUBLIC_AUTH = /\/api\/auth\/(login|register|refresh|token\/verify|registration|password\/reset)\//;

/** Refresh this many seconds before the access token expires. */
const EARLY_REFRESH_SECONDS = 15;

function withToken(request: Request, token: string | null): Request {
  const next = new Request(request);
  if (token !== null) next.headers.set('Authorization', `Bearer ${token}`);
  return next;
}

/** Builds the authenticated fetch for a session. */
export function createAuthFetch(
  session: Session,
  baseFetch: typeof fetch = (i, o) => globalThis.fetch(i, o),
) {
  const send = async (request: Request): Promise<Response> => {
    try {
      return await baseFetch(request);
    } catch (error) {
      throw new NetworkError(error);
    }
  };

  return async function authFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    if (PUBLIC_AUTH.test(new URL(request.url).pathname)) return send(request);

    let token = session.access();
    if (token !== null) {
      const left = secondsLeft(token);
      if (left !== null && left < EARLY_REFRESH_SECONDS) token = (await session.refresh()) ?? null;
    } else if (session.mayRefresh()) {
      token = await session.refresh();
    }
    const spare = request.clone();
    const response = await send(withToken(request, token));
    if (response.status !== 401 || !session.mayRefresh()) return response;

    // Someone else may already have refreshed while this request was out.
    const current = session.access();
    const fresh = current !== null && current !== token ? current : await session.refresh();
    if (fresh === null) return response;
    return send(withToken(spare, fresh));
  };
}
