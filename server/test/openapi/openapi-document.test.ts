/**
 * The OpenAPI document is one generators can trust: lint-clean under Redocly's recommended rules,
 * an operationId on every operation, security that says where a token is optional or not used,
 * the shared error answers (413/415 for bodies) in JSON, a servers entry — and the response
 * validator every test app uses does catch an answer that breaks it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type OpenApiDocument, openApiDocument } from '../helpers/openapi-document.ts';
import { OpenApiResponseValidator } from '../helpers/openapi-validator.ts';
import { lintDocument } from './lint-document.ts';

type Operation = {
  operationId?: string;
  security?: unknown;
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
};

describe('the OpenAPI document', () => {
  let document: OpenApiDocument;
  const operations: { method: string; path: string; operation: Operation }[] = [];

  beforeAll(async () => {
    document = await openApiDocument();
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(item))
        operations.push({ method, path, operation: operation as Operation });
  });

  it('passes Redocly’s recommended rules', async () => {
    expect(await lintDocument(document)).toEqual([]);
  });

  it('names every operation uniquely, in camelCase, and lists a server', () => {
    const ids = operations.map((o) => o.operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.paths['/api/post/{id}/']?.get).toMatchObject({ operationId: 'getPostById' });
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it('says where a token is optional (anonymous reads) and where none is used', () => {
    const op = (path: string, method: string) => document.paths[path]?.[method] as Operation;
    const optional = [{}, { bearerAuth: [] }];
    expect(op('/api/post/', 'get').security).toEqual(optional);
    expect(op('/api/post/{id}/', 'get').security).toEqual(optional);
    expect(op('/api/post/{post_id}/comment/', 'get').security).toEqual(optional);
    expect(op('/api/auth/login/', 'post').security).toEqual([]);
    expect(op('/api/health/', 'get').security).toEqual([]);
    // Token required: the document's default applies.
    expect(op('/api/post/', 'post').security).toBeUndefined();
    expect(document.security).toEqual([{ bearerAuth: [] }]);
  });

  it('documents the shared error answers in JSON on every operation, 413 and 415 wherever a body is taken', () => {
    for (const { method, path, operation } of operations) {
      const label = `${method} ${path}`;
      for (const status of ['400', '429', '500', '503'])
        expect(Object.keys(operation.responses[status]?.content ?? {}), `${label} ${status}`).toEqual([
          'application/json',
        ]);
      if (['post', 'put', 'patch', 'delete'].includes(method))
        for (const status of ['413', '415'])
          expect(operation.responses[status], `${label} ${status}`).toBeDefined();
      if (path.includes('{')) expect(operation.responses['404'], `${label} 404`).toBeDefined();
    }
    const exportOp = document.paths['/api/admin/audit/export/']?.get as Operation;
    expect(Object.keys(exportOp.responses['200']?.content ?? {})).toEqual(['text/csv']);
    for (const status of ['400', '401', '403'])
      expect(Object.keys(exportOp.responses[status]?.content ?? {}), status).toEqual(['application/json']);
  });

  it('the response validator catches answers that break the document', () => {
    const validator = new OpenApiResponseValidator(document);
    const page = '{"count":0,"next":null,"previous":null,"results":[]}';
    expect(validator.check('GET', '/api/post/', 200, 'application/json; charset=utf-8', page)).toBeNull();
    expect(validator.check('GET', '/api/post/', 200, 'application/json', '{"results": 3}')).toMatch(
      /does not match/,
    );
    expect(validator.check('GET', '/api/post/', 418, 'application/json', '{}')).toMatch(
      /status not documented/,
    );
    expect(validator.check('GET', '/api/post/', 400, 'text/html', '<p>')).toMatch(
      /content type "text\/html"/,
    );
    expect(
      validator.check(
        'POST',
        '/api/auth/logout/',
        400,
        'application/json',
        '{"refresh":["This field is required."]}',
      ),
    ).toBeNull();
  });
});
