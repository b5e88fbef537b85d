/**
 * Turns schema-validation failures (Ajv errors) into DRF-style field errors, and trims text
 * fields before validation (never secrets: a schema marks those with `x-secret`).
 */
import type { FastifyRequest } from 'fastify';
import type { FieldErrors } from './errors.ts';
import { type ScreenedSchema, screenFields } from './input-screen.ts';

/** The subset of an Ajv error this module reads. */
export interface AjvLikeError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
  data?: unknown;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'dict';
  return typeof value === 'number'
    ? Number.isInteger(value)
      ? 'int'
      : 'float'
    : typeof value === 'boolean'
      ? 'bool'
      : 'str';
}

function typeMessage(expected: string, data: unknown): string {
  if (data === null) return 'This field may not be null.';
  if (expected.includes('integer')) return 'A valid integer is required.';
  if (expected.includes('number')) return 'A valid number is required.';
  if (expected.includes('boolean')) return 'Must be a valid boolean.';
  if (expected.includes('array')) return `Expected a list of items but got type "${describeType(data)}".`;
  if (expected.includes('object'))
    return `Invalid data. Expected a dictionary, but got ${describeType(data)}.`;
  return 'Not a valid string.';
}

const FORMAT_MESSAGES: Record<string, string> = {
  email: 'Enter a valid email address.',
  uuid: 'Must be a valid UUID.',
  'date-time':
    'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
  date: 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.',
  uri: 'Enter a valid URL.',
};

function messageFor(error: AjvLikeError): string | null {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return 'This field is required.';
    case 'minLength':
      return error.data === ''
        ? 'This field may not be blank.'
        : `Ensure this field has at least ${p.limit} characters.`;
    case 'maxLength':
      return `Ensure this field has no more than ${p.limit} characters.`;
    case 'minimum':
      return `Ensure this value is greater than or equal to ${p.limit}.`;
    case 'maximum':
      return `Ensure this value is less than or equal to ${p.limit}.`;
    case 'maxItems':
      return `Ensure this field has no more than ${p.limit} elements.`;
    case 'minItems':
      return error.data !== undefined && Array.isArray(error.data) && error.data.length === 0
        ? 'This list may not be empty.'
        : `Ensure this field has at least ${p.limit} elements.`;
    case 'type':
      return typeMessage(String(p.type), error.data);
    case 'format':
      return FORMAT_MESSAGES[String(p.format)] ?? 'Enter a valid value.';
    case 'enum':
    case 'const':
      return `"${String(error.data)}" is not a valid choice.`;
    case 'pattern':
      return 'Enter a valid value.';
    case 'anyOf':
    case 'oneOf':
      return null;
    default:
      return error.message ? `Invalid value: ${error.message}.` : 'Invalid value.';
  }
}

function fieldOf(error: AjvLikeError): string {
  const segments = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
  return segments[0] ?? 'non_field_errors';
}

/** DRF-shaped field errors for a list of Ajv errors (one message per distinct problem). */
export function fieldErrorsFromAjv(errors: readonly AjvLikeError[]): FieldErrors {
  const out: FieldErrors = {};
  const anyOfFields = new Set<string>();
  for (const error of errors) {
    const field = fieldOf(error);
    const message = messageFor(error);
    if (message === null) {
      anyOfFields.add(field);
      continue;
    }
    const list = out[field] ?? [];
    if (!list.includes(message)) list.push(message);
    out[field] = list;
  }
  for (const field of anyOfFields) out[field] ??= ['Invalid value.'];
  return out;
}

interface PropertySchema {
  type?: string | string[];
  nullable?: boolean;
  anyOf?: PropertySchema[];
  oneOf?: PropertySchema[];
  'x-secret'?: boolean;
}

function allowsNull(property: PropertySchema): boolean {
  if (property.nullable === true) return true;
  if (Array.isArray(property.type)) return property.type.includes('null');
  if (property.type === 'null') return true;
  return (property.anyOf ?? property.oneOf ?? []).some(allowsNull);
}

/**
 * Prepares a body for validation: applies the shared input rules (`input-screen.ts`: no NUL,
 * plain finite numbers), trims text fields (never secrets) and reports `null` for a field that
 * does not accept it with DRF's message — before Ajv's type coercion would quietly turn it into "".
 */
export function prepareBody(request: FastifyRequest): FieldErrors | null {
  const body = request.body as Record<string, unknown> | undefined;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const schema = request.routeOptions.schema?.body as
    | { properties?: Record<string, PropertySchema> }
    | undefined;
  // Before trimming: " 3 " is not an integer.
  const screened = screenFields(body, schema as ScreenedSchema | undefined);
  if (screened !== null) return screened;
  const properties = schema?.properties;
  if (properties === undefined) return null;
  let errors: FieldErrors | null = null;
  for (const [name, property] of Object.entries(properties)) {
    const value = body[name];
    if (typeof value === 'string' && property['x-secret'] !== true) body[name] = value.trim();
    else if (value === null && !allowsNull(property)) {
      errors ??= {};
      errors[name] = ['This field may not be null.'];
    }
  }
  return errors;
}
