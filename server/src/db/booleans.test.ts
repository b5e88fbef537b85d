/**
 * Booleans read back as booleans on both dialects: SQLite stores 0/1 and its dialect turns stored
 * boolean columns (aliases and scalar subqueries included) and the computed ones listed in
 * `COMPUTED_BOOLEANS` back into booleans, so no repository or presenter converts them.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/helpers/database.ts';
import type { Database } from './database.ts';

describe('boolean columns', () => {
  let database: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ database, dispose } = await testDatabase());
    await database.db
      .insertInto('users')
      .values({
        public_id: 'a'.repeat(32),
        username: 'b',
        username_normalized: 'b',
        email: 'b@example.com',
        email_normalized: 'b@example.com',
        first_name: '',
        last_name: '',
        bio: '',
        avatar: null,
        role: 'user',
        is_active: true,
        email_verified: false,
        password: 'x',
        last_login: null,
        created: 1,
        updated: 1,
      })
      .execute();
  });
  afterAll(async () => dispose());

  it('stored, aliased and subquery boolean columns come back as true/false', async () => {
    const row = await database.db
      .selectFrom('users as u')
      .select((eb) => [
        'u.is_active',
        'u.email_verified',
        'u.is_active as active_alias',
        eb.selectFrom('users').select('users.is_active').limit(1).as('from_subquery'),
      ])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ is_active: true, email_verified: false, active_alias: true, from_subquery: true });
  });

  it('computed columns named in COMPUTED_BOOLEANS come back as booleans; other numbers stay numbers', async () => {
    const row = await database.db
      .selectFrom('users')
      .select([sql<boolean>`1 = 1`.as('liked'), sql<number>`1`.as('one'), 'created'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ liked: true, one: 1, created: 1 });
  });
});
