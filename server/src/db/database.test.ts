import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDatabase, REPOSITORY_DIALECTS, testDatabase } from '../../test/helpers/database.ts';
import { mapDatabaseError } from '../http/database-errors.ts';
import { ValidationError } from '../http/errors.ts';
import { nowMicros } from '../lib/time.ts';
import {
  findUserByPublicId,
  findUserByUsername,
  insertUser,
  type UserRow,
} from '../modules/users/users.repository.ts';
import type { Database } from './database.ts';
import { migrateToLatest, pendingMigrations } from './migrate.ts';
import { migrations } from './migrations/index.ts';

const MIGRATIONS = Object.keys(migrations);

const newUser = (n: string, over: Partial<Parameters<typeof insertUser>[1]> = {}) => ({
  username: n,
  email: `${n}@example.com`,
  passwordHash: 'x',
  ...over,
});

describe.each(REPOSITORY_DIALECTS)('data layer on %s', (dialect) => {
  describe('migrations', () => {
    it('apply from empty, then report nothing pending and apply nothing twice', async () => {
      const { database, dispose } = await emptyDatabase(dialect);
      try {
        expect(await pendingMigrations(database)).toEqual(MIGRATIONS);
        expect((await migrateToLatest(database)).applied).toEqual(MIGRATIONS);
        expect(await pendingMigrations(database)).toEqual([]);
        expect((await migrateToLatest(database)).applied).toEqual([]);
        const tables = await database.db.introspection.getTables();
        expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['users', 'security_events']));
      } finally {
        await dispose();
      }
    });

    // Two SQLite connections in one thread would block each other's busy wait; the cross-process
    // SQLite case is covered by the CLI suite (two `migrate` processes at once).
    if (dialect === 'postgres') {
      it('run once when two connections migrate the same database at the same time', async () => {
        const first = await emptyDatabase(dialect);
        const { openDatabase } = await import('./database.ts');
        const second: Database = openDatabase(first.config, { poolSize: 2 });
        try {
          const [a, b] = await Promise.all([migrateToLatest(first.database), migrateToLatest(second)]);
          expect([...a.applied, ...b.applied].sort()).toEqual(MIGRATIONS);
        } finally {
          await second.close();
          await first.dispose();
        }
      });
    }
  });

  describe('users repository', () => {
    let database: Database;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ database, dispose } = await testDatabase(dialect));
    });
    afterAll(async () => dispose());

    it('round-trips a user with microsecond timestamps and a hex public id', async () => {
      const before = nowMicros();
      const user = await insertUser(database.db, newUser('Alice'));
      expect(user.public_id).toMatch(/^[0-9a-f]{32}$/);
      expect(user.created).toBeGreaterThan(before);
      expect(Number.isInteger(user.created)).toBe(true);
      const again = (await findUserByPublicId(database.db, user.public_id)) as UserRow;
      expect(again.created).toBe(user.created);
      expect(again.created % 1000).toBe(user.created % 1000);
      expect(Boolean(again.is_active)).toBe(true);
      expect(Boolean(again.email_verified)).toBe(false);
      expect(again).not.toHaveProperty('password');
    });

    it('finds usernames case-insensitively', async () => {
      await insertUser(database.db, newUser('CaseyJones'));
      expect((await findUserByUsername(database.db, 'caseyjones'))?.username).toBe('CaseyJones');
    });

    it('maps a duplicate username (any case) to a 400 field error', async () => {
      await insertUser(database.db, newUser('bob'));
      const error = await insertUser(database.db, newUser('BOB', { email: 'other@example.com' })).catch(
        (e: unknown) => e,
      );
      const mapped = mapDatabaseError(error);
      expect(mapped).toBeInstanceOf(ValidationError);
      expect((mapped as ValidationError).fields).toEqual({
        username: ['A user with that username already exists.'],
      });
    });

    it('maps a duplicate e-mail (any case) to a 400 field error', async () => {
      await insertUser(database.db, newUser('carol'));
      const error = await insertUser(database.db, newUser('carol2', { email: 'CAROL@example.com' })).catch(
        (e: unknown) => e,
      );
      expect((mapDatabaseError(error) as ValidationError).fields).toEqual({
        email: ['A user with that email already exists.'],
      });
    });

    it('rejects an unknown role at the database level', async () => {
      const error = await insertUser(database.db, newUser('dave', { role: 'root' as never })).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect(mapDatabaseError(error)).toBeNull();
    });

    it('rolls a failed transaction back completely', async () => {
      await expect(
        database.db.transaction().execute(async (trx) => {
          await insertUser(trx, newUser('erin'));
          await insertUser(trx, newUser('ERIN', { email: 'erin2@example.com' }));
        }),
      ).rejects.toBeTruthy();
      expect(await findUserByUsername(database.db, 'erin')).toBeUndefined();
    });

    it('orders by microsecond timestamps deterministically', async () => {
      const users = [];
      for (const n of ['o1', 'o2', 'o3']) users.push(await insertUser(database.db, newUser(n)));
      const rows = await database.db
        .selectFrom('users')
        .select(['username'])
        .where('username', 'in', ['o1', 'o2', 'o3'])
        .orderBy('created', 'desc')
        .execute();
      expect(rows.map((r) => r.username)).toEqual(['o3', 'o2', 'o1']);
    });

    it('answers a raw query', async () => {
      const result = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(Number(result.rows[0]?.one)).toBe(1);
    });
  });
});
