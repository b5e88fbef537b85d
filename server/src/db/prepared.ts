/**
 * Hot queries built and compiled once, then run with fresh parameters. Building a Kysely query
 * (expression builders, frozen operation nodes) and compiling it to SQL cost 15–20% of a small
 * read when done on every request; the SQL of a hot query never changes, only its values do.
 *
 * `prepared(build)` calls `build` once per dialect (and per shape, see `preparedByShape`) with
 * stand-ins for the arguments, compiles the query, and remembers where each stand-in landed among
 * the bound parameters. Each later call copies the template's parameters with the real values in
 * those places and runs it as a compiled query (on SQLite the driver reuses the prepared
 * statement for that SQL too). So `build` must pass its arguments to Kysely as values only —
 * never inspect, transform or branch on them; an argument that does not end up as a bound
 * parameter is a programming error and throws when the query is first built (only an argument
 * passed as null may go unused). Values that decide the query's shape (is there a viewer, how
 * many ids) belong in `preparedByShape`'s key.
 *
 * On PostgreSQL the templates' SQL also runs as named prepared statements (see
 * `statement-names.ts`), so the server parses and plans each once per connection.
 */
import type { Compilable, CompiledQuery, DialectAdapter } from 'kysely';
import type { Executor } from './database.ts';
import { nameStatement } from './statement-names.ts';

/** Stands for an argument while a prepared query is built; never reaches the database. */
class Slot {
  readonly index: number;
  constructor(index: number) {
    this.index = index;
  }
}

interface Template {
  query: CompiledQuery;
  /** For each bound parameter: the argument it takes, or -1 for a constant of the query. */
  slots: readonly number[];
}

// Arguments given as null may go unused (a shape without a viewer has no viewer id); any other
// argument that is not bound was inspected or transformed by the builder, which breaks the contract.
function compileTemplate(compiled: CompiledQuery, args: readonly unknown[]): Template {
  const slots = compiled.parameters.map((value) => (value instanceof Slot ? value.index : -1));
  for (let index = 0; index < args.length; index += 1) {
    if (args[index] !== null && !slots.includes(index)) {
      throw new Error(`prepared query: argument ${index} is not used as a bound value (${compiled.sql})`);
    }
  }
  nameStatement(compiled.sql);
  return { query: compiled, slots };
}

function bind(template: Template, args: readonly unknown[]): CompiledQuery {
  const { query, slots } = template;
  const parameters = new Array<unknown>(slots.length);
  for (let i = 0; i < slots.length; i += 1) {
    const slot = slots[i] as number;
    parameters[i] = slot < 0 ? query.parameters[i] : args[slot];
  }
  return { ...query, parameters };
}

function standIns(arity: number): Slot[] {
  return Array.from({ length: arity }, (_, index) => new Slot(index));
}

/** The dialect of an executor: its transactions share the adapter of the database they run on. */
function adapterOf(db: Executor): DialectAdapter {
  return db.getExecutor().adapter;
}

/**
 * A query of fixed shape, built and compiled once per dialect. `build` receives stand-ins for
 * its arguments (typed as the real ones) and must use them only as values of the query.
 */
export function prepared<A extends unknown[], O>(
  build: (db: Executor, ...args: A) => Compilable<O>,
): (db: Executor, ...args: A) => Promise<O[]> {
  const templates = new WeakMap<DialectAdapter, Template>();
  return async (db, ...args) => {
    const adapter = adapterOf(db);
    let template = templates.get(adapter);
    if (template === undefined) {
      // The stand-ins are passed where real values go; see the module's contract.
      const query = build(db, ...(standIns(args.length) as unknown as A)).compile();
      template = compileTemplate(query, args);
      templates.set(adapter, template);
    }
    const result = await db.executeQuery<O>(bind(template, args));
    return result.rows;
  };
}

/**
 * A query whose shape depends on a few facts (is there a viewer, how many ids, is there a
 * cursor): compiled once per dialect and per `shape` key. `build` gets the shape's facts as real
 * values and stand-ins for the arguments; the key must name every fact `build` branches on.
 */
export function preparedByShape<S, A extends unknown[], O>(
  key: (shape: S) => string,
  build: (db: Executor, shape: S, ...args: A) => Compilable<O>,
): (db: Executor, shape: S, ...args: A) => Promise<O[]> {
  const templates = new WeakMap<DialectAdapter, Map<string, Template>>();
  return async (db, shape, ...args) => {
    const adapter = adapterOf(db);
    let byShape = templates.get(adapter);
    if (byShape === undefined) {
      byShape = new Map();
      templates.set(adapter, byShape);
    }
    const name = key(shape);
    let template = byShape.get(name);
    if (template === undefined) {
      const query = build(db, shape, ...(standIns(args.length) as unknown as A)).compile();
      template = compileTemplate(query, args);
      byShape.set(name, template);
    }
    const result = await db.executeQuery<O>(bind(template, args));
    return result.rows;
  };
}
