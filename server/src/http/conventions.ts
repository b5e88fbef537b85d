/**
 * The contract's HTTP conventions in one place: body parsing (JSON, empty bodies, 415), the
 * single error handler (every error body shape), 404 and 405, and trimming of text fields.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { mapDatabaseError } from './database-errors.ts';
import {
  ApiError,
  BadRequestError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from './errors.ts';
import { type AjvLikeError, fieldErrorsFromAjv, prepareBody } from './validation.ts';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ROUTE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Parses JSON bodies; an empty body means `{}` (body-less actions may still send the header). */
function registerBodyParsing(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(
    /^application\/([\w.+-]+\+)?json$/,
    { parseAs: 'string' },
    (_request, body, done) => {
      const text = (body as string).trim();
      if (text === '') return done(null, {});
      try {
        done(null, JSON.parse(text));
      } catch (error) {
        done(new BadRequestError(`JSON parse error - ${(error as Error).message}`, 'parse_error'), undefined);
      }
    },
  );
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && BODY_METHODS.has(request.method)) request.body = {};
    const nullErrors = prepareBody(request);
    if (nullErrors !== null) throw new ValidationError(nullErrors);
  });
}

function toApiError(error: FastifyError, request: FastifyRequest): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error.validation) {
    if (error.validationContext === 'params') return new NotFoundError();
    const fields = fieldErrorsFromAjv(error.validation as unknown as AjvLikeError[]);
    if (
      error.validationContext === 'body' &&
      fields.non_field_errors === undefined &&
      Object.keys(fields).length === 0
    ) {
      return new ValidationError({ non_field_errors: ['Invalid data.'] });
    }
    return new ValidationError(fields);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new UnsupportedMediaTypeError(String(request.headers['content-type'] ?? ''));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PayloadTooLargeError();
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new BadRequestError('Request body size did not match Content-Length.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new BadRequestError('JSON parse error - the body is not valid JSON.', 'parse_error');
  }
  const mapped = mapDatabaseError(error);
  if (mapped !== null) return mapped;
  // Errors raised by Fastify or its plugins with a 4xx status (e.g. a multipart limit) keep their status.
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new ApiError(error.statusCode, String(error.code ?? 'error'), error.message);
  }
  return null;
}

/** Sends an {@link ApiError} with its headers and body. */
export function sendApiError(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply.code(error.statusCode).headers(error.headers).send(error.body());
}

/** The one error handler: contract bodies for known errors, a masked 500 for the rest. */
function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = toApiError(error, request);
    if (apiError !== null) {
      if (apiError.statusCode >= 500) request.log.warn({ err: error }, 'service unavailable');
      return sendApiError(reply, apiError);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ detail: 'Internal server error.' });
  });
}

/**
 * 405 for a known path with another method, after authentication (anonymous → 401 first, as
 * the contract's check order says). Call after every module has registered its routes.
 */
export function registerMethodNotAllowed(app: FastifyInstance, routes: RouteOptions[]): void {
  const byUrl = new Map<string, { methods: Set<string>; publicOnly: boolean }>();
  for (const route of routes) {
    if (!route.url.startsWith('/api/') || route.url.includes('*')) continue;
    const entry = byUrl.get(route.url) ?? { methods: new Set<string>(), publicOnly: true };
    for (const method of [route.method].flat()) entry.methods.add(method);
    if ((route.config?.auth ?? 'required') === 'required') entry.publicOnly = false;
    byUrl.set(route.url, entry);
  }
  for (const [url, { methods, publicOnly }] of byUrl) {
    const missing = ROUTE_METHODS.filter((m) => !methods.has(m));
    if (missing.length === 0) continue;
    app.route({
      method: missing,
      url,
      schema: { hide: true },
      config: { auth: publicOnly ? 'optional' : 'required' },
      handler: async (request) => {
        throw new MethodNotAllowedError(request.method);
      },
    });
  }
}

/** Collects every route as it is registered (for the 405 table). */
export function collectRoutes(app: FastifyInstance): RouteOptions[] {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route as RouteOptions);
  });
  return routes;
}

/** Installs parsing and the error handler. */
export function registerConventions(app: FastifyInstance): void {
  registerBodyParsing(app);
  registerErrorHandler(app);
}
