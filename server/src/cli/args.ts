/** A tiny argv parser: positional words and `--flag` / `--flag value` / `--flag=value` options. */

/** Parsed command line. */
export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/** Flags that never take a value. */
const BOOLEAN_FLAGS = new Set(['no-input', 'no-migrate', 'deploy', 'help', 'fail-on-warning', 'inactive']);

/** Parses argv (without the node and script entries). */
export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) flags[name] = inline;
    else if (BOOLEAN_FLAGS.has(name) || i + 1 >= argv.length || (argv[i + 1] ?? '').startsWith('--'))
      flags[name] = true;
    else flags[name] = argv[++i] ?? '';
  }
  return { positional, flags };
}

/** A flag's string value, or undefined (a bare `--flag` has no string value). */
export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  return typeof value === 'string' ? value : undefined;
}
