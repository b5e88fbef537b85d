/** Helpers for migrations where the two dialects need different DDL. */
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter } from 'kysely';

/** True when the migration runs on PostgreSQL. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * An auto-incrementing integer primary key: `INTEGER PRIMARY KEY` (SQLite's rowid alias) or an
 * identity column on PostgreSQL. Use with the column type `integer`.
 */
export function idColumn(db: Kysely<unknown>) {
  const postgres = isPostgres(db);
  return (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    postgres ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey();
}
