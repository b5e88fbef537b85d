/**
 * The typed API client: `openapi-fetch` over the paths generated from the server's OpenAPI
 * document (`schema.d.ts`), sending every request through the session-aware fetch.
 * Use {@link unwrap} to get the data or a thrown {@link ApiError}.
 */
import createClient from 'openapi-fetch';
import { createSession } from '../auth/session.ts';
import { createAuthFetch } from './auth-fetch.ts';
import { ApiError } from './errors.ts';
import type { paths } from './schema';

/** The browser's one session. */
export const session = createSession();

/** The browser's one API client. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: createAuthFetch(session),
});

/** The parts of an openapi-fetch result {@link unwrap} reads. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call; throws an {@link ApiError} built from status, code and body otherwise. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const retry = Number.parseFloat(response.headers.get('retry-after') ?? '');
  throw new ApiError(response.status, error ?? null, Number.isFinite(retry) ? retry : null);
}

/** Schema types used across the app. */
export type User = paths['/api/auth/user/']['get']['responses'][200]['content']['application/json'];
/** A community post. */
export type Post = paths['/api/post/{id}/']['get']['responses'][200]['content']['application/json'];
/** An author's appeal in the moderation queue. */
export type Appeal =
  paths['/api/moderation/appeals/']['get']['responses'][200]['content']['application/json']['results'][number];
/** A comment. */
export type Comment =
  paths['/api/post/{post_id}/comment/{id}/']['get']['responses'][200]['content']['application/json'];
/** A mood check-in. */
export type Checkin =
  paths['/api/journal/checkins/{id}/']['get']['responses'][200]['content']['application/json'];
/** A journal entry. */
export type Entry =
  paths['/api/journal/entries/{id}/']['get']['responses'][200]['content']['application/json'];
/** Journal insights. */
export type Insights =
  paths['/api/journal/insights/']['get']['responses'][200]['content']['application/json'];
/** A session of the caller. */
export type SessionInfo =
  paths['/api/auth/sessions/']['get']['responses'][200]['content']['application/json']['results'][number];
/** A security event of the caller. */
export type SecurityEvent =
  paths['/api/auth/security-events/']['get']['responses'][200]['content']['application/json']['results'][number];
/** A moderation report. */
export type Report =
  paths['/api/moderation/reports/']['get']['responses'][200]['content']['application/json']['results'][number];
