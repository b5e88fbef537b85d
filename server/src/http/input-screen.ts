/**
 * The shared input rules that schema validation alone does not give, applied to every body,
 * query string and path before validation, so both databases see the same clean values:
 * - no NUL character in any text (PostgreSQL cannot store one; SQLite would): a field error;
 * - numbers are finite, and an integer or number sent as text is written the plain decimal way
 *   (`"3"`, not `"0x3"`, `" 3 "`, `"Infinity"` or `"1e309"`): a field error;
 * - a repeated query parameter means its last value (as Django's `QueryDict` reads it), unless
 *   the parameter is declared as a list.
 */
import type { FastifyRequest } from 'fastify';
import type { FieldErrors } from './errors.ts';

/** DRF's message for a NUL character. */
export const NUL_MESSAGE = 'Null characters are not allowed.';

/** The part of a JSON schema these rules read. */
export interface ScreenedSchema {
  type?: string | string[];
  anyOf?: ScreenedSchema[];
  oneOf?: ScreenedSchema[];
  properties?: Record<string, ScreenedSchema>;
}

const INTEGER_TEXT = /^-?\d+$/;
const NUMBER_TEXT = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

function typesOf(schema: ScreenedSchema | undefined): Set<string> {
  const out = new Set<string>();
  if (schema === undefined) return out;
  for (const type of [schema.type ?? []].flat()) out.add(type);
  for (const member of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    for (const type of typesOf(member)) out.add(type);
  return out;
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || containsNul(inner));
  return false;
}

function isBadNumber(value: unknown, schema: ScreenedSchema | undefined): boolean {
  const types = typesOf(schema);
  const integer = types.has('integer');
  if (!integer && !types.has('number')) return false;
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'string' || types.has('string')) return false;
  const pattern = integer && !types.has('number') ? INTEGER_TEXT : NUMBER_TEXT;
  return !(pattern.test(value) && Number.isFinite(Number(value)));
}

function add(errors: FieldErrors, field: string, message: string): void {
  const list = errors[field] ?? [];
  if (!list.includes(message)) list.push(message);
  errors[field] = list;
}

/**
 * Checks the values of an object (a body or a query string) against its schema: returns the NUL
 * field errors, or null. A number that is not a plain finite decimal becomes `NaN` in place, so
 * the validator (`strictNumbers`) refuses it with its usual message, alongside every other field.
 */
export function screenFields(
  values: Record<string, unknown>,
  schema: ScreenedSchema | undefined,
): FieldErrors | null {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(values)) {
    const name = field.includes('\u0000') ? 'non_field_errors' : field;
    if (containsNul(value) || name !== field) add(errors, name, NUL_MESSAGE);
    else if (isBadNumber(value, schema?.properties?.[field])) values[field] = Number.NaN;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/**
 * Normalises and checks the query string in place: a repeated parameter keeps its last value
 * unless declared as a list; returns the field errors, or null.
 */
export function screenQuery(request: FastifyRequest): FieldErrors | null {
  const query = request.query as Record<string, unknown> | undefined;
  if (query === undefined || query === null || typeof query !== 'object') return null;
  const schema = request.routeOptions.schema?.querystring as ScreenedSchema | undefined;
  for (const [field, value] of Object.entries(query)) {
    if (Array.isArray(value) && !typesOf(schema?.properties?.[field]).has('array'))
      query[field] = value[value.length - 1];
  }
  return screenFields(query, schema);
}

/** True when a path parameter holds a NUL character (answered as an unknown id: 404). */
export function hostileParams(request: FastifyRequest): boolean {
  return containsNul(request.params);
}
