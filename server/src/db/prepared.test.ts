/**
 * Queries built once and run with fresh values (issue 20): each call binds its own arguments,
 * shapes get their own SQL, a builder that inspects its arguments is refused, and on PostgreSQL
 * the SQL runs as a named prepared statement on the connection.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_DIALECT, testDatabase } from '../../test/helpers/database.ts';
import type { Database } from './database.ts';
import { prepared, preparedByShape } from './prepared.ts';
import type { Role } from './schema.ts';
import { statementName } from './statement-names.ts';

let database: Database;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const made = await testDatabase();
  database = made.database;
  dispose = made.dispose;
  const now = Date.now() * 1000;
  await database.db
    .insertInto('users')
    .values(
      ['ada', 'bo', 'cy'].map((name, i) => ({
        public_id: `${'0'.repeat(31)}${i + 1}`,
        username: name,
        username_normalized: name,
        email: `${name}@example.test`,
        email_normalized: `${name}@example.test`,
        password: '!',
        first_name: '',
        last_name: '',
        bio: '',
        avatar: null,
        role: i === 0 ? 'admin' : 'user',
        is_active: true,
        email_verified: true,
        created: now + i,
        updated: now + i,
      })),
    )
    .execute();
});
afterAll(async () => dispose());

const byName = prepared((db, name: string) =>
  db.selectFrom('users').select(['username', 'role']).where('username_normalized', '=', name),
);

describe('prepared', () => {
  it('binds each call’s own values to the one template', async () => {
    expect(await byName(database.db, 'ada')).toEqual([{ username: 'ada', role: 'admin' }]);
    expect(await byName(database.db, 'cy')).toEqual([{ username: 'cy', role: 'user' }]);
    expect(await byName(database.db, 'nobody')).toEqual([]);
  });

  it('keeps the query’s own constants beside the arguments', async () => {
    const active = prepared((db, role: Role) =>
      db
        .selectFrom('users')
        .select('username')
        .where('is_active', '=', true)
        .where('role', '=', role)
        .orderBy('username'),
    );
    expect((await active(database.db, 'user')).map((r) => r.username)).toEqual(['bo', 'cy']);
    expect((await active(database.db, 'admin')).map((r) => r.username)).toEqual(['ada']);
  });

  it('refuses a builder that transforms an argument instead of binding it', async () => {
    const broken = prepared((db, name: string) =>
      db.selectFrom('users').select('username').where('username_normalized', '=', `${name}`),
    );
    await expect(broken(database.db, 'ada')).rejects.toThrow(/argument 0 is not used as a bound value/);
  });

  it('works inside a transaction, which shares the database’s dialect', async () => {
    const rows = await database.db.transaction().execute((trx) => byName(trx, 'bo'));
    expect(rows).toEqual([{ username: 'bo', role: 'user' }]);
  });
});

describe('preparedByShape', () => {
  const some = preparedByShape(
    (count: number) => String(count),
    (db, _count, ...names: string[]) =>
      db.selectFrom('users').select('username').where('username_normalized', 'in', names).orderBy('username'),
  );

  it('compiles one template per shape, each binding its own values', async () => {
    expect((await some(database.db, 1, 'cy')).map((r) => r.username)).toEqual(['cy']);
    expect((await some(database.db, 2, 'ada', 'cy')).map((r) => r.username)).toEqual(['ada', 'cy']);
    expect((await some(database.db, 2, 'bo', 'nobody')).map((r) => r.username)).toEqual(['bo']);
  });

  it('lets an argument passed as null go unused by its shape', async () => {
    const maybe = preparedByShape(
      (s: { role: boolean }) => String(s.role),
      (db, s, name: string, role: Role | null) => {
        const query = db.selectFrom('users').select('username').where('username_normalized', '=', name);
        return s.role && role !== null ? query.where('role', '=', role) : query;
      },
    );
    expect(await maybe(database.db, { role: false }, 'ada', null)).toEqual([{ username: 'ada' }]);
    expect(await maybe(database.db, { role: true }, 'ada', 'user')).toEqual([]);
  });
});

describe.runIf(RUN_DIALECT === 'postgres')('on PostgreSQL', () => {
  it('runs a template as a named statement, prepared once on the connection', async () => {
    await database.db.connection().execute(async (db) => {
      await byName(db, 'ada');
      await byName(db, 'bo');
      const compiled = db
        .selectFrom('users')
        .select(['username', 'role'])
        .where('username_normalized', '=', 'x')
        .compile();
      const name = statementName(compiled.sql);
      expect(name).toMatch(/^mm_q\d+$/);
      const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(db);
      expect(rows.map((r) => r.name)).toContain(name);
    });
  });
});
