/**
 * Fuzzes every operation of the OpenAPI document with hostile values — NUL and control
 * characters, injection strings, over-long text, non-finite and huge numbers, wrong types,
 * malformed ids, non-object bodies — as an admin, an ordinary user and anonymously. Any 5xx fails,
 * and every answer must match the document (the test app's response validator). Bounded: a fixed
 * number of rounds, a seeded generator (the same requests every run) and a time budget; the first
 * round covers every operation.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { authHeaders, createUser } from '../helpers/auth.ts';
import { type OpenApiDocument, openApiDocument } from '../helpers/openapi-document.ts';

const ROUNDS = 40;
const TIME_BUDGET_MS = 20_000;

const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  "' OR '1'='1",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%ff',
  '\u202e\u0301\u200b',
  '😀'.repeat(60),
  'a'.repeat(10_050),
  '9'.repeat(400),
  'Infinity',
  '-1e309',
  '0x3',
  ' 3 ',
  'NaN',
  'null',
  '2026-13-45T99:99:99Z',
  '00000000000000000000000000000000',
  '${jndi:ldap://127.0.0.1/a}',
  '\r\nSet-Cookie: a=b',
];
/** Raw JSON literals (some cannot come from JSON.stringify). */
const HOSTILE_JSON = [
  '0',
  '-1',
  '1e309',
  '-1e309',
  '1.5',
  '9007199254740993',
  '1e-400',
  '2147483648',
  'null',
  'true',
  '[]',
  '{}',
  '[[[[[[[[[[]]]]]]]]]]',
  '{"a":{"b":{"c":"\\u0000"}}}',
  '["\\u0000"]',
];
const HOSTILE_IDS = [
  '%00',
  '..',
  '%2e%2e',
  "'",
  'a'.repeat(201),
  '-1',
  '0',
  '00000000-0000-0000-0000-000000000000',
  '%ff',
  '1e309',
  '%20',
];
const HOSTILE_BODIES = [
  '[]',
  '"text"',
  '123',
  'null',
  '[{"a":1}]',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
];

/** A small seeded generator (mulberry32): the same requests on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  minimum?: number;
  anyOf?: Schema[];
}
interface Parameter {
  name: string;
  in: string;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

/** A Server-Sent Events stream never ends by itself: its own tests drive it over a real socket. */
function isStream(operation: Operation): boolean {
  return Object.values(operation.responses ?? {}).some((r) => r.content?.['text/event-stream'] !== undefined);
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let document: OpenApiDocument;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    document = await openApiDocument();
    ({ app, close } = await createTestApp());
    const author = await createUser(app);
    const headers = await authHeaders(app, author);
    const post = (
      await app.inject({ method: 'POST', url: '/api/post/', headers, payload: { body: 'hello' } })
    ).json();
    const comment = (
      await app.inject({
        method: 'POST',
        url: `/api/post/${post.id}/comment/`,
        headers,
        payload: { body: 'hi' },
      })
    ).json();
    ids.post = post.id;
    ids.comment = comment.id;
    ids.user = author.public_id;
  });
  afterAll(() => close());

  it('no operation answers 5xx, whatever it is sent', async () => {
    const pick = random(20_261_203);
    const choose = <T>(items: readonly T[]): T => items[Math.floor(pick() * items.length)] as T;
    const started = Date.now();
    const failures: string[] = [];
    const covered = new Set<string>();
    let requests = 0;
    const statuses: Record<number, number> = {};

    const plausible = (name: string, schema: Schema | undefined): string => {
      if (schema?.enum !== undefined && schema.enum.length > 0) return JSON.stringify(choose(schema.enum));
      const types = [schema?.type ?? []].flat();
      if (types.includes('integer') || types.includes('number')) return String(schema?.minimum ?? 1);
      if (types.includes('boolean')) return 'true';
      if (types.includes('array')) return '[]';
      if (name.endsWith('id')) return JSON.stringify(choose(Object.values(ids)));
      return JSON.stringify('hello there');
    };
    const hostileJson = (): string =>
      pick() < 0.55 ? JSON.stringify(choose(HOSTILE_TEXT)) : choose(HOSTILE_JSON);

    for (let round = 0; round < ROUNDS && Date.now() - started < TIME_BUDGET_MS; round += 1) {
      const admin = await createUser(app, { role: 'admin' });
      const user = await createUser(app);
      const callers = [await authHeaders(app, admin), await authHeaders(app, user), {}];
      for (const [template, item] of Object.entries(document.paths)) {
        for (const [method, raw] of Object.entries(item)) {
          if (Date.now() - started > TIME_BUDGET_MS) break;
          const operation = raw as Operation;
          if (isStream(operation)) continue;
          const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
            if (round === 0 || pick() < 0.5)
              return name === 'post_id'
                ? (ids.post ?? '')
                : (choose([ids.post, ids.comment, ids.user, admin.public_id]) ?? '');
            return choose(HOSTILE_IDS);
          });
          const query = (operation.parameters ?? [])
            .filter((p) => p.in === 'query' && pick() < 0.7)
            .map((p) => {
              const value =
                pick() < 0.2 ? [choose(HOSTILE_TEXT), choose(HOSTILE_TEXT)] : [choose(HOSTILE_TEXT)];
              return value.map((v) => `${encodeURIComponent(p.name)}=${encodeURIComponent(v)}`).join('&');
            })
            .join('&');
          const schema = operation.requestBody?.content?.['application/json']?.schema;
          let payload: string | undefined;
          if (schema !== undefined) {
            if (pick() < 0.1) payload = choose(HOSTILE_BODIES);
            else {
              const fields = Object.entries(schema.properties ?? {}).map(
                ([name, property]) =>
                  `${JSON.stringify(name)}:${pick() < 0.5 ? plausible(name, property) : hostileJson()}`,
              );
              payload = `{${fields.join(',')}}`;
            }
          }
          const headers = {
            ...choose(callers),
            ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          };
          const url = query === '' ? path : `${path}?${query}`;
          const response = await app.inject({ method: method.toUpperCase() as 'GET', url, headers, payload });
          requests += 1;
          statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
          covered.add(`${method} ${template}`);
          if (response.statusCode >= 500)
            failures.push(
              `${method.toUpperCase()} ${url.slice(0, 300)} ${payload?.slice(0, 300) ?? ''} → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
        }
      }
    }
    const operations = Object.values(document.paths).reduce(
      (n, item) => n + Object.values(item).filter((operation) => !isStream(operation as Operation)).length,
      0,
    );
    expect(failures).toEqual([]);
    expect(covered.size).toBe(operations);
    expect(requests).toBeGreaterThanOrEqual(operations);
    console.info(
      `fuzz: ${requests} requests over ${covered.size} operations in ${Date.now() - started} ms`,
      statuses,
    );
  }, 60_000);
});
