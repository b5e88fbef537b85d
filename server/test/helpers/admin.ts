/**
 * The admin console suites' fixture: an app (optionally with a real SMTP listener), the four
 * callers of the permission matrix (anonymous, user, moderator, admin) and a journaler whose
 * check-in note, entry title and entry body are planted through the real journal routes. Every
 * request made through {@link AdminFixture.call} asserts that none of that journal text — nor its
 * ciphertext — appears in the response body, so each admin test is also a no-leak test.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { type Persona, persona } from './community.ts';

/** Journal text that must never reach staff. */
export const JOURNAL_SECRETS = [
  'JOURNAL-NOTE felt invisible at the family dinner',
  'JOURNAL-TITLE the letter I will never send',
  'JOURNAL-BODY I have not told anyone about the panic attacks',
] as const;

/** Who calls: a persona, or null for anonymous. */
export type Caller = Persona | null;

/** What {@link adminFixture} gives a suite. */
export interface AdminFixture {
  app: FastifyInstance;
  database: Database;
  user: Persona;
  moderator: Persona;
  admin: Persona;
  /** An ordinary user with journal data (and a post). */
  journaler: Persona;
  /** Plain text and stored ciphertext of the planted journal data. */
  forbidden: string[];
  /** Makes a request and checks its body for journal text. */
  call(
    as: Caller,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
}

/** Plants journal data for a user through the journal API; returns the texts to look for. */
export async function plantJournal(app: FastifyInstance, database: Database, as: Persona): Promise<string[]> {
  const [note, title, body] = JOURNAL_SECRETS;
  const checkin = await app.inject({
    method: 'POST',
    url: '/api/journal/checkins/',
    headers: as.headers,
    payload: { score: 2, note },
  });
  expect(checkin.statusCode).toBe(201);
  const entry = await app.inject({
    method: 'POST',
    url: '/api/journal/entries/',
    headers: as.headers,
    payload: { title, body },
  });
  expect(entry.statusCode).toBe(201);
  const checkins = await database.db
    .selectFrom('journal_checkins')
    .select('note_ciphertext')
    .where('user_id', '=', as.user.id)
    .execute();
  const entries = await database.db
    .selectFrom('journal_entries')
    .select(['title_ciphertext', 'body_ciphertext'])
    .where('user_id', '=', as.user.id)
    .execute();
  const ciphertexts = [
    ...checkins.map((c) => c.note_ciphertext),
    ...entries.flatMap((e) => [e.title_ciphertext, e.body_ciphertext]),
  ].filter((c): c is string => c !== null);
  return [...JOURNAL_SECRETS, ...ciphertexts.map((c) => c.slice(0, 40))];
}

/** Asserts a response body holds none of the forbidden texts. */
export function expectNoJournal(body: string, forbidden: readonly string[]): void {
  for (const text of forbidden) expect(body, `journal text leaked: ${text}`).not.toContain(text);
}

/** Builds the fixture on an app from `createCommunityApp` or `createMailTestApp`. */
export async function adminFixture(app: FastifyInstance, database: Database): Promise<AdminFixture> {
  const [user, moderator, admin, journaler] = await Promise.all([
    persona(app),
    persona(app, 'moderator'),
    persona(app, 'admin'),
    persona(app),
  ]);
  const forbidden = await plantJournal(app, database, journaler);
  const post = await app.inject({
    method: 'POST',
    url: '/api/post/',
    headers: journaler.headers,
    payload: { body: 'A public post by the journaler' },
  });
  expect(post.statusCode).toBe(201);
  return {
    app,
    database,
    user,
    moderator,
    admin,
    journaler,
    forbidden,
    async call(as, method, url, payload) {
      const response = await app.inject({
        method,
        url,
        headers: as?.headers ?? {},
        ...(payload === undefined ? {} : { payload }),
      });
      expectNoJournal(response.body, forbidden);
      return response;
    },
  };
}
