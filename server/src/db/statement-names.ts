/**
 * Names for the SQL of prepared query templates (`prepared.ts`): on PostgreSQL, SQL with a name
 * runs as a named prepared statement (`database.ts`), parsed and planned once per connection. The
 * set is bounded by the templates and their shapes, so a connection never holds more than those.
 */
const names = new Map<string, string>();

/** Gives a template's SQL a statement name (once; later calls keep the first). */
export function nameStatement(sql: string): void {
  if (!names.has(sql)) names.set(sql, `mm_q${names.size + 1}`);
}

/** The statement name of a template's SQL, or undefined for any other SQL. */
export function statementName(sql: string): string | undefined {
  return names.get(sql);
}
