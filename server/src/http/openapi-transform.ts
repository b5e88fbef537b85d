/**
 * Makes the generated document say what the platform does for every operation, so route files
 * only describe their own answers:
 * - `operationId` from method and path (`GET /api/post/{id}/comment/` → `getPostByIdComment`),
 *   stable, unique and usable as a function name by client generators;
 * - `security` from the route's auth mode: `[]` for public routes, `[{}, {bearerAuth: []}]` where
 *   a token is optional (anonymous reads), the document's default (a token) otherwise;
 * - the error answers any operation can give whatever its module says: 400 (field errors or a
 *   detail), 401, 404 and 414 where they apply, 413 and 415 for bodies, 429, 500 and 503 — all
 *   JSON, even where the success answer is another type (the CSV export).
 */
import type { RouteOptions } from 'fastify';
import { Type } from 'typebox';
import type { AuthMode } from './auth.ts';
import { ErrorBody, FieldErrorsBody } from './schemas.ts';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function withDescription(description: string) {
  return { ...ErrorBody, description };
}

/** The 400 body: field errors, or a detail for errors not tied to a field. */
const BadRequest = Type.Union([FieldErrorsBody, ErrorBody], {
  description: 'Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`.',
});

const STANDARD = {
  401: withDescription('No credentials on a protected route, or an invalid or expired token.'),
  404: withDescription('Unknown or malformed id, or a private object of another user.'),
  413: withDescription('The request body is larger than BODY_LIMIT.'),
  414: withDescription('A path segment (an id) is longer than 200 characters.'),
  415: withDescription('A body in a content type this operation does not take.'),
  429: withDescription('Throttled; `Retry-After` says when to try again.'),
  500: withDescription('Unexpected error; the body never carries details.'),
  503: withDescription(
    'Briefly unavailable (overloaded or the database is away); retry after `Retry-After`.',
  ),
} as const;

/** `GET` + `/api/post/:id/comment/` → `getPostByIdComment`. */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'api')
    .flatMap((segment) =>
      segment.startsWith(':')
        ? ['by', ...segment.slice(1).split(/[^A-Za-z0-9]+/)]
        : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter((word) => word !== '');
  const capitalised = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return method.toLowerCase() + capitalised.join('');
}

type Responses = Record<string, unknown>;

function standardResponses(method: string, url: string, auth: AuthMode, declared: Responses): Responses {
  const out: Responses = {
    ...declared,
    400: BadRequest,
    429: STANDARD[429],
    500: STANDARD[500],
    503: STANDARD[503],
  };
  if (auth !== 'none') out[401] = declared[401] ?? STANDARD[401];
  if (url.includes(':')) {
    out[404] = declared[404] ?? STANDARD[404];
    out[414] = STANDARD[414];
  }
  if (BODY_METHODS.has(method)) {
    out[413] = STANDARD[413];
    out[415] = STANDARD[415];
  }
  return out;
}

/** The options `@fastify/swagger` passes to `transform`. */
export interface TransformInput {
  schema: Record<string, unknown> | undefined;
  url: string;
  route: RouteOptions;
}

/** `@fastify/swagger`'s `transform`: one route's schema as the document should show it. */
export function transformRoute({ schema, url, route }: TransformInput): {
  schema: Record<string, unknown>;
  url: string;
} {
  const original = schema ?? {};
  if (original.hide === true) return { schema: original, url };
  const method = [route.method].flat()[0] ?? 'GET';
  const auth = route.config?.auth ?? 'required';
  const out: Record<string, unknown> = { ...original };
  out.operationId = original.operationId ?? operationIdFor(method, url);
  if (original.security === undefined && auth !== 'required')
    out.security = auth === 'none' ? [] : [{}, { bearerAuth: [] }];
  // `produces` would apply to the error answers too: it is moved onto the success answers only.
  const produces = original.produces as string[] | undefined;
  delete out.produces;
  const declared = { ...((original.response as Responses | undefined) ?? {}) };
  if (produces !== undefined)
    for (const [status, schema] of Object.entries(declared))
      if (status.startsWith('2') && (schema as { content?: unknown }).content === undefined)
        declared[status] = {
          description: (schema as { description?: string }).description ?? 'Success.',
          content: Object.fromEntries(produces.map((type) => [type, { schema }])),
        };
  out.response = standardResponses(method, url, auth, declared);
  return { schema: out, url };
}

/** `@fastify/swagger`'s `transformObject`: makes any repeated `operationId` unique (a numbered suffix). */
export function transformDocument({
  openapiObject,
}: {
  openapiObject: Record<string, unknown>;
}): Record<string, unknown> {
  const seen = new Set<string>();
  const paths = (openapiObject.paths ?? {}) as Record<string, Record<string, { operationId?: string }>>;
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      if (typeof operation !== 'object' || operation === null || operation.operationId === undefined)
        continue;
      let id = operation.operationId;
      for (let n = 2; seen.has(id); n += 1) id = `${operation.operationId}${n}`;
      operation.operationId = id;
      seen.add(id);
    }
  }
  return openapiObject;
}
