/**
 * Checks every answer a test app gives against the server's own OpenAPI document: the status is
 * documented for the operation, the content type is one the document lists, and a JSON body
 * validates against the documented schema (JSON Schema 2020-12, as OpenAPI 3.1 uses). Mismatches
 * are collected and reported when the app is closed, so a test suite fails loudly.
 *
 * Routes outside the document (the SPA, media, docs, hidden routes, unknown paths) are not checked.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { OpenApiDocument } from './openapi-document.ts';

interface MediaObject {
  schema?: unknown;
}
interface ResponseObject {
  content?: Record<string, MediaObject>;
}

const DOCUMENT_ID = 'https://mentalmuse.test/openapi.json';

function pointer(...parts: string[]): string {
  return parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

/** A validator for one document. */
export class OpenApiResponseValidator {
  private readonly ajv: Ajv2020;
  private readonly document: OpenApiDocument;
  private readonly compiled = new Map<string, (data: unknown) => boolean>();

  constructor(document: OpenApiDocument) {
    this.document = document;
    // The document's schemas come from our own route definitions: no need to check them against the meta-schema.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, validateSchema: false });
    (addFormats as unknown as (ajv: Ajv2020) => void)(this.ajv);
  }

  private documentRegistered = false;

  /**
   * Checks one answer; returns a description of the mismatch, or null when it conforms (or the
   * route is not in the document).
   */
  check(
    method: string,
    routeUrl: string,
    status: number,
    contentType: string | undefined,
    payload: unknown,
  ): string | null {
    const template = routeUrl.replace(/:(\w+)/g, '{$1}');
    const lower = method.toLowerCase();
    const operation = this.document.paths[template]?.[lower] as
      | { responses?: Record<string, ResponseObject> }
      | undefined;
    if (operation === undefined) return null;
    const responses = operation.responses ?? {};
    const key = String(status) in responses ? String(status) : 'default' in responses ? 'default' : null;
    const where = `${method} ${template} → ${status}`;
    if (key === null)
      return `${where}: status not documented (documented: ${Object.keys(responses).join(', ')})`;
    const response = responses[key] as ResponseObject;
    const text =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    // No body goes out with these whatever the handler returned.
    if (status === 204 || status === 304 || method === 'HEAD') return null;
    if (response.content === undefined) {
      return text !== null && text !== ''
        ? `${where}: documented without a body, sent ${text.slice(0, 200)}`
        : null;
    }
    const media = (contentType ?? '').split(';')[0]?.trim() ?? '';
    if (!(media in response.content))
      return `${where}: content type "${media}" not documented (documented: ${Object.keys(response.content).join(', ')})`;
    if (media !== 'application/json' || text === null) return null;
    const validate = this.validator(template, lower, key, media);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return `${where}: body is not JSON: ${text.slice(0, 200)}`;
    }
    if (validate(body)) return null;
    const errors =
      (validate as unknown as { errors?: { instancePath: string; message?: string }[] }).errors ?? [];
    return `${where}: body does not match the document: ${errors
      .slice(0, 5)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
      .join('; ')} — body ${text.slice(0, 300)}`;
  }

  private validator(template: string, method: string, status: string, media: string) {
    const key = `${template} ${method} ${status} ${media}`;
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      const operation = this.document.paths[template]?.[method] as {
        responses: Record<string, ResponseObject>;
      };
      const schema = operation.responses[status]?.content?.[media]?.schema ?? {};
      if (JSON.stringify(schema).includes('"$ref"')) {
        // References into components: compile against the whole document.
        if (!this.documentRegistered) this.ajv.addSchema({ ...this.document, $id: DOCUMENT_ID });
        this.documentRegistered = true;
        const ref = `${DOCUMENT_ID}#/${pointer('paths', template, method, 'responses', status, 'content', media, 'schema')}`;
        validate = this.ajv.compile({ $ref: ref });
      } else validate = this.ajv.compile(schema as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

// Test apps in one file mostly share a document; their compiled schemas are shared too.
const validators = new Map<string, OpenApiResponseValidator>();

function validatorFor(text: string): OpenApiResponseValidator {
  let validator = validators.get(text);
  if (validator === undefined) {
    validator = new OpenApiResponseValidator(JSON.parse(text) as OpenApiDocument);
    validators.set(text, validator);
  }
  return validator;
}

/** What {@link watchResponses} found. */
export interface ResponseWatch {
  /** One line per distinct answer that does not conform to the document. */
  mismatches: string[];
  /** Throws with every mismatch, if there was any. */
  assertConforming(): void;
}

/**
 * Watches every answer of `app` against the app's own OpenAPI document (call before
 * `app.ready()`; the document is read at the first answer).
 */
export function watchResponses(app: FastifyInstance): ResponseWatch {
  let validator: OpenApiResponseValidator | undefined;
  const mismatches: string[] = [];
  app.addHook('onSend', async (request, reply, payload) => {
    validator ??= validatorFor(JSON.stringify(app.swagger()));
    const mismatch = validator.check(
      request.method,
      request.routeOptions.url ?? '',
      reply.statusCode,
      reply.getHeader('content-type') as string | undefined,
      payload,
    );
    if (mismatch !== null && !mismatches.includes(mismatch)) mismatches.push(mismatch);
    return payload;
  });
  return {
    mismatches,
    assertConforming() {
      if (mismatches.length > 0)
        throw new Error(`Answers that do not match the OpenAPI document:\n${mismatches.join('\n')}`);
    },
  };
}
