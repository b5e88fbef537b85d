/**
 * multipart/form-data for the profile PATCH: the form's text fields become the request body
 * (then trimmed and validated by the route's schema like JSON), and the `avatar` file is kept
 * aside for the service. Parser limits turn into 400 field errors, never a 500.
 */
import type { FastifyMultipartOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ApiError, BadRequestError, type FieldErrors, ValidationError } from '../../http/errors.ts';
import { prepareBody } from '../../http/validation.ts';
import { AVATAR_MAX_BYTES, IMAGE_TOO_LARGE } from './avatar.ts';
import { BIO_MAX_LENGTH, NAME_MAX_LENGTH } from './users.schemas.ts';

/** Options for `@fastify/multipart` in the users scope: one small file, a few small fields. */
export const MULTIPART_OPTIONS: FastifyMultipartOptions = {
  throwFileSizeLimit: true,
  limits: {
    fileSize: AVATAR_MAX_BYTES,
    files: 1,
    fields: 16,
    parts: 17,
    fieldNameSize: 100,
    // Four UTF-8 bytes per character of the longest field, so only overlong values are truncated.
    fieldSize: BIO_MAX_LENGTH * 4,
    headerPairs: 100,
  },
};

const FIELD_LIMITS: Record<string, number> = {
  username: NAME_MAX_LENGTH,
  first_name: NAME_MAX_LENGTH,
  last_name: NAME_MAX_LENGTH,
  bio: BIO_MAX_LENGTH,
  avatar: BIO_MAX_LENGTH,
};

const uploads = new WeakMap<FastifyRequest, Buffer>();

/** The `avatar` file sent with this request, if any. */
export function avatarUploadOf(request: FastifyRequest): Buffer | undefined {
  return uploads.get(request);
}

function limitError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return ValidationError.field('avatar', IMAGE_TOO_LARGE);
    case 'FST_FILES_LIMIT':
      return ValidationError.field('avatar', 'Upload a single file.');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new BadRequestError('Too many form fields.', 'parse_error');
    default:
      return new BadRequestError(`Multipart form parse error - ${(error as Error).message}`, 'parse_error');
  }
}

/**
 * `preValidation` hook: for a multipart request, reads every part into the body and keeps the
 * `avatar` file; files under other names are drained and ignored like unknown fields.
 */
export async function readProfileForm(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const body: Record<string, string> = {};
  const errors: FieldErrors = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        // A browser form whose file input was left empty sends a nameless, empty part: no upload.
        const empty = data.length === 0 && part.filename === '';
        if (part.fieldname === 'avatar' && !empty) uploads.set(request, data);
        continue;
      }
      const limit = FIELD_LIMITS[part.fieldname];
      if (limit === undefined) continue;
      if (part.valueTruncated)
        errors[part.fieldname] = [`Ensure this field has no more than ${limit} characters.`];
      else body[part.fieldname] = String(part.value);
    }
  } catch (error) {
    throw limitError(error);
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  request.body = body;
  const problems = prepareBody(request);
  if (problems !== null) throw new ValidationError(problems);
}
