/**
 * Typed readers over an environment that collect problems instead of throwing, so a
 * configuration can report every mistake at once. Each reader names its variable in its message.
 */

/** An environment: variable name → raw value. */
export type Env = Record<string, string | undefined>;

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

/** Reads variables from one environment, accumulating problems in {@link EnvReader.problems}. */
export class EnvReader {
  /** One sentence per problem found so far. */
  readonly problems: string[] = [];
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  /** The raw value, exactly as set (undefined when unset). */
  raw(name: string): string | undefined {
    return this.#env[name];
  }

  /** Trimmed text; unset or blank → undefined. */
  text(name: string): string | undefined {
    const value = this.#env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  /** A whole number within [min, max]. */
  int(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number between ${min} and ${max} (got "${raw}").`);
      return fallback;
    }
    return value;
  }

  /** A number of seconds (fractions allowed) within [0, max]. */
  seconds(name: string, fallback: number, max: number): number {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || value > max) {
      this.problems.push(`${name} must be a number of seconds between 0 and ${max} (got "${raw}").`);
      return fallback;
    }
    return value;
  }

  /** true/false, yes/no, on/off, 1/0. */
  bool(name: string, fallback: boolean): boolean {
    const raw = this.text(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (TRUE.includes(raw)) return true;
    if (FALSE.includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${this.#env[name]}").`);
    return fallback;
  }

  /** One of a fixed set of values, after `normalise`. */
  choice<T extends string>(
    name: string,
    options: readonly T[],
    fallback: T,
    normalise = (s: string) => s,
  ): T {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    const value = normalise(raw) as T;
    if (!options.includes(value)) {
      this.problems.push(`${name} must be one of ${options.join(', ')} (got "${raw}").`);
      return fallback;
    }
    return value;
  }

  /** A comma-separated list (blank items dropped). */
  list(name: string, fallback: string[]): string[] {
    const raw = this.#env[name];
    if (raw === undefined) return fallback;
    return raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** An absolute http(s) URL without a trailing slash, or null when unset. */
  url(name: string): string | null {
    const raw = this.text(name);
    if (raw === undefined) return null;
    try {
      const parsed = new URL(raw);
      if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('scheme');
      return raw.replace(/\/+$/, '');
    } catch {
      this.problems.push(`${name} must be an absolute http(s) URL (got "${raw}").`);
      return null;
    }
  }
}
