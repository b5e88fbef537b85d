/**
 * Schema building blocks shared by every route: text fields with the contract's trimming and
 * messages, secrets, ids, timestamps and the common error bodies. Every field carries a
 * description, which flows into the OpenAPI document.
 */
import { type TSchema, Type } from 'typebox';

/** A trimmed text field; `minLength: 1` makes blank an error ("This field may not be blank."). */
export function Text(options: { maxLength?: number; minLength?: number; description: string }) {
  return Type.String({ minLength: options.minLength ?? 1, ...options });
}

/** A text field that may be `""` or `null` (stored as empty). */
export function OptionalText(options: { maxLength?: number; description: string }) {
  return Type.Unsafe<string | null>({ type: ['string', 'null'], ...options });
}

/** A secret (password, token): never trimmed, never logged. */
export function Secret(options: { maxLength?: number; minLength?: number; description: string }) {
  return Type.String({ 'x-secret': true, minLength: options.minLength ?? 1, ...options });
}

/** A public id in responses: 32 lowercase hex characters. */
export const PublicId = Type.String({
  pattern: '^[0-9a-f]{32}$',
  description: 'Public UUID, 32 lowercase hex characters.',
});

/** A timestamp in responses: ISO-8601 UTC with microseconds and `Z`. */
export const Timestamp = Type.String({
  format: 'date-time',
  description: 'ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.',
});

/** `{"detail": "..."}` and optionally a machine `code`. */
export const ErrorBody = Type.Object(
  {
    detail: Type.String({ description: 'A human-readable sentence.' }),
    code: Type.Optional(Type.String({ description: 'A stable machine code, where one is defined.' })),
  },
  { additionalProperties: true, description: 'An error not tied to one field.' },
);

/** `{"<field>": ["message", ...]}`. */
export const FieldErrorsBody = Type.Record(Type.String(), Type.Array(Type.String()), {
  description:
    'Field errors: each key is a field (or non_field_errors / detail), each value a list of messages.',
});

/** The error responses most routes can give, for OpenAPI. */
export const commonErrors = {
  401: ErrorBody,
  403: ErrorBody,
  429: ErrorBody,
} as const;

/** A limit/offset page of items, DRF-style. */
export function Page<T extends TSchema>(item: T, description: string) {
  return Type.Object(
    {
      count: Type.Integer({ description: 'Total number of items.' }),
      next: Type.Union([Type.String(), Type.Null()], {
        description: 'Absolute URL of the next page, or null.',
      }),
      previous: Type.Union([Type.String(), Type.Null()], {
        description: 'Absolute URL of the previous page, or null.',
      }),
      results: Type.Array(item, { description: 'The items on this page, newest first.' }),
    },
    { description },
  );
}
