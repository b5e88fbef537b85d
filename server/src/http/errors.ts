/**
 * The errors a service may throw. Each carries its HTTP status and a stable machine `code`;
 * the error handler turns them into the contract's bodies. Thrown, never returned.
 */

/** Field errors as DRF shapes them: `{"field": ["message", ...]}`. */
export type FieldErrors = Record<string, string[]>;

/** Base class: an error with a status, a code and a response body. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(statusCode: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = new.target.name;
    this.statusCode = statusCode;
    this.code = code;
    this.headers = headers;
  }
  /** The JSON body sent to the client. */
  body(): Record<string, unknown> {
    return { detail: this.message };
  }
}

/** 400 with per-field messages. */
export class ValidationError extends ApiError {
  readonly fields: FieldErrors;
  constructor(fields: FieldErrors) {
    super(400, 'invalid', 'Invalid input.');
    this.fields = fields;
  }
  /** Shorthand for one field with one message. */
  static field(field: string, message: string): ValidationError {
    return new ValidationError({ [field]: [message] });
  }
  override body(): Record<string, unknown> {
    return { ...this.fields };
  }
}

/** 400 not tied to a field: `{"detail": ...}`. */
export class BadRequestError extends ApiError {
  constructor(message: string, code = 'bad_request') {
    super(400, code, message);
  }
}

/** 401 without credentials. */
export class NotAuthenticatedError extends ApiError {
  constructor(message = 'Authentication credentials were not provided.') {
    super(401, 'not_authenticated', message, { 'www-authenticate': 'Bearer realm="api"' });
  }
}

/** 401 for a credential that was sent but is not valid (simplejwt's shape). */
export class InvalidTokenError extends ApiError {
  readonly messages: Record<string, string>[];
  constructor(message = 'Given token not valid for any token type', messages: Record<string, string>[] = []) {
    super(401, 'token_not_valid', message, { 'www-authenticate': 'Bearer realm="api"' });
    this.messages = messages;
  }
  override body(): Record<string, unknown> {
    return { detail: this.message, code: this.code, messages: this.messages };
  }
}

/** 401 with another detail (e.g. wrong credentials), keeping `code` when meaningful. */
export class AuthenticationFailedError extends ApiError {
  readonly includeCode: boolean;
  constructor(message: string, code = 'authentication_failed', includeCode = false) {
    super(401, code, message, { 'www-authenticate': 'Bearer realm="api"' });
    this.includeCode = includeCode;
  }
  override body(): Record<string, unknown> {
    return this.includeCode ? { detail: this.message, code: this.code } : { detail: this.message };
  }
}

/** 403. */
export class PermissionDeniedError extends ApiError {
  constructor(message = 'You do not have permission to perform this action.', code = 'permission_denied') {
    super(403, code, message);
  }
}

/**
 * A second sign-in step is required (API.md C3), with `"code": "mfa_required"` in the body: 403 for
 * a staff member without one on a staff route, 400 for removing a staff account's last one.
 */
export class MfaRequiredError extends ApiError {
  constructor(statusCode: 400 | 403, message: string) {
    super(statusCode, 'mfa_required', message);
  }
  override body(): Record<string, unknown> {
    return { detail: this.message, code: this.code };
  }
}

/** 404; also for malformed ids and other people's private objects. */
export class NotFoundError extends ApiError {
  constructor() {
    super(404, 'not_found', 'Not found.');
  }
}

/** 405. */
export class MethodNotAllowedError extends ApiError {
  constructor(method: string) {
    super(405, 'method_not_allowed', `Method "${method}" not allowed.`);
  }
}

/** 413. */
export class PayloadTooLargeError extends ApiError {
  constructor() {
    super(413, 'payload_too_large', 'Request body is too large.');
  }
}

/** 415. */
export class UnsupportedMediaTypeError extends ApiError {
  constructor(contentType: string) {
    super(415, 'unsupported_media_type', `Unsupported media type "${contentType}" in request.`);
  }
}

/** 429 with `Retry-After`; `detail` replaces the standard sentence where a kinder one helps. */
export class ThrottledError extends ApiError {
  constructor(retryAfterSeconds: number, detail?: string) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(429, 'throttled', detail ?? `Request was throttled. Expected available in ${seconds} seconds.`, {
      'retry-after': String(seconds),
    });
  }
}

/** 503 with `Retry-After`: a dependency (the database) is briefly unavailable. */
export class ServiceUnavailableError extends ApiError {
  constructor(retryAfterSeconds = 5) {
    super(503, 'service_unavailable', 'Service temporarily unavailable, try again later.', {
      'retry-after': String(retryAfterSeconds),
    });
  }
}
