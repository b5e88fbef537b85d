/**
 * Typed API errors. Every failed request becomes one of these, mapped from the HTTP status and
 * the server's machine `code`, and {@link describeError} turns it into a sentence for people.
 */

/** Field errors as the server sends them: `{"field": ["message", …]}`. */
export type FieldErrors = Record<string, string[]>;

/** What kind of failure this is, decided from status and code. */
export type ApiErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'session_expired'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'throttled'
  | 'server'
  | 'unavailable'
  | 'other';

/** A failed API response. */
export class ApiError extends Error {
  /** HTTP status. */
  readonly status: number;
  /** The server's machine code (`token_not_valid`, `csrf_failed`, …) when it sent one. */
  readonly code: string | null;
  /** The server's `detail` sentence, when it sent one. */
  readonly detail: string | null;
  /** Field errors of a 400 (without `detail`/`non_field_errors`). */
  readonly fields: FieldErrors;
  /** Errors not tied to a field (`non_field_errors`). */
  readonly nonField: string[];
  /** Seconds to wait before trying again (429, 503). */
  readonly retryAfter: number | null;
  /** The category people-facing messages are chosen by. */
  readonly kind: ApiErrorKind;

  constructor(status: number, body: unknown, retryAfter: number | null = null) {
    const record = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const detail = typeof record.detail === 'string' ? record.detail : null;
    super(detail ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = typeof record.code === 'string' ? record.code : null;
    this.detail = detail;
    this.retryAfter = retryAfter;
    const fields: FieldErrors = {};
    let nonField: string[] = [];
    for (const [key, value] of Object.entries(record)) {
      // `code` is the machine code when it is a string, but a field (the second-step code) when a list.
      if (key === 'detail' || key === 'messages' || (key === 'code' && !Array.isArray(value))) continue;
      const messages = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      if (key === 'non_field_errors') nonField = messages;
      else if (messages.length > 0) fields[key] = messages;
    }
    this.fields = fields;
    this.nonField = nonField;
    this.kind = kindOf(status, this.code);
  }
}

/** The request never got an answer (offline, DNS, server down). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

function kindOf(status: number, code: string | null): ApiErrorKind {
  if (status === 400) return 'validation';
  if (status === 401) return code === 'token_not_valid' ? 'session_expired' : 'unauthenticated';
  if (status === 403) return code === 'csrf_failed' ? 'csrf' : 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too_large';
  if (status === 429) return 'throttled';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'server';
  return 'other';
}

function wait(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds <= 0) return 'in a little while';
  const s = Math.ceil(seconds);
  if (s < 90) return `in about ${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  return `in about ${m} minute${m === 1 ? '' : 's'}`;
}

/**
 * A calm sentence describing an error for people. 400s with a server sentence (e.g. "No active
 * account found…") show that sentence; everything else gets wording of our own, never a JSON dump.
 */
export function describeError(error: unknown): string {
  if (error instanceof NetworkError) {
    return 'We couldn’t reach MentalMuse. Please check your connection and try again.';
  }
  if (!(error instanceof ApiError)) return 'Something unexpected happened. Please try again.';
  switch (error.kind) {
    case 'validation':
      return (
        error.nonField[0] ??
        error.detail ??
        Object.values(error.fields)[0]?.[0] ??
        'Some details need another look. Please check the form.'
      );
    case 'unauthenticated':
      return error.detail?.startsWith('No active account')
        ? 'That username or password didn’t match. Please try again.'
        : 'Please log in to continue.';
    case 'session_expired':
      return 'Your session has ended. Please log in again — nothing you saved is lost.';
    case 'csrf':
      return 'For your safety we couldn’t confirm this request. Please reload the page and try again.';
    case 'forbidden':
      if (error.code === 'mfa_required' && error.detail !== null) return error.detail;
      return error.detail === 'E-mail is not verified.'
        ? 'Please confirm your e-mail address first: open the link we sent you.'
        : 'You don’t have permission to do that.';
    case 'not_found':
      return 'We couldn’t find that. It may have been removed.';
    case 'conflict':
      return error.detail ?? 'That changed in the meantime. Please reload and try again.';
    case 'too_large':
      return 'That is too large to send. Please try something smaller.';
    case 'throttled':
      // The server's own throttle sentence is terse; other 429s (posting limits for new members) are written for people.
      if (error.detail && !error.detail.startsWith('Request was throttled')) return error.detail;
      return `There have been a lot of attempts. Please take a breath and try again ${wait(error.retryAfter)}.`;
    case 'unavailable':
      return `MentalMuse is briefly unavailable. Please try again ${wait(error.retryAfter)}.`;
    case 'server':
      return 'Something went wrong on our side. It’s not your fault — please try again in a moment.';
    default:
      return error.detail ?? 'Something unexpected happened. Please try again.';
  }
}
