/**
 * A Kysely dialect over Node's built-in `node:sqlite` (no native build at install time).
 * One connection per database file, guarded by a mutex so a transaction owns the connection
 * until it ends; prepared statements are cached because preparing dominates a point query.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely dialect for an already opened `node:sqlite` database. SQLite stores booleans as 0/1; the
 * dialect turns them back into booleans once, here, so rows read the same as on PostgreSQL: every
 * result column whose declared type is `boolean` (aliases and scalar subqueries of such a column
 * included) and every computed column named in `booleanResults`.
 */
export class NodeSqliteDialect implements Dialect {
  readonly #database: DatabaseSync;
  readonly #booleanResults: ReadonlySet<string>;
  constructor(database: DatabaseSync, booleanResults: readonly string[] = []) {
    this.#database = database;
    this.#booleanResults = new Set(booleanResults);
  }
  createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
  createDriver(): Driver {
    return new NodeSqliteDriver(this.#database, this.#booleanResults);
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
}

/**
 * SQLite does run DDL inside transactions; saying so makes Kysely's Migrator wrap a run in one,
 * and our transactions begin IMMEDIATE, so the write lock is the migration lock across processes.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class NodeSqliteDriver implements Driver {
  readonly #connection: NodeSqliteConnection;
  #queue: Promise<void> = Promise.resolve();

  constructor(database: DatabaseSync, booleanResults: ReadonlySet<string>) {
    this.#connection = new NodeSqliteConnection(database, booleanResults);
  }
  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const previous = this.#queue;
    this.#queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    this.#connection.release = release;
    return this.#connection;
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as NodeSqliteConnection).release?.();
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
    // after another process committed fails with SQLITE_BUSY instead of waiting (e.g. two migrators).
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  async destroy(): Promise<void> {
    this.#connection.close();
  }
}

type SqliteValue = null | number | bigint | string | Uint8Array;

function toSqliteValue(value: unknown): SqliteValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as SqliteValue;
}

class NodeSqliteConnection implements DatabaseConnection {
  readonly #database: DatabaseSync;
  readonly #statements = new Map<
    string,
    { statement: StatementSync; returnsRows: boolean; booleans: readonly string[] }
  >();
  readonly #booleanResults: ReadonlySet<string>;
  release: (() => void) | undefined;

  constructor(database: DatabaseSync, booleanResults: ReadonlySet<string>) {
    this.#database = database;
    this.#booleanResults = booleanResults;
  }

  #prepare(sql: string) {
    let cached = this.#statements.get(sql);
    if (cached === undefined) {
      const statement = this.#database.prepare(sql);
      const columns = statement.columns();
      const booleans = columns
        .filter((c) => c.type?.toLowerCase() === 'boolean' || this.#booleanResults.has(c.name))
        .map((c) => c.name);
      cached = { statement, returnsRows: columns.length > 0, booleans };
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.#statements.keys().next().value;
        if (oldest !== undefined) this.#statements.delete(oldest);
      }
      this.#statements.set(sql, cached);
    }
    return cached;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { statement, returnsRows, booleans } = this.#prepare(compiledQuery.sql);
    const parameters = compiledQuery.parameters.map(toSqliteValue);
    if (returnsRows) {
      const rows = statement.all(...parameters);
      if (booleans.length > 0) {
        for (const row of rows as Record<string, unknown>[]) {
          for (const name of booleans) {
            const value = row[name];
            if (typeof value === 'number' || typeof value === 'bigint')
              row[name] = value !== 0 && value !== 0n;
          }
        }
      }
      return { rows: rows as R[] };
    }
    const { changes, lastInsertRowid } = statement.run(...parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered on this dialect
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by the node:sqlite dialect.');
  }

  close(): void {
    this.#statements.clear();
    if (this.#database.isOpen) this.#database.close();
  }
}
