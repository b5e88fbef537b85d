/**
 * `createsuperuser`: makes an admin. Interactive by default; with `--no-input` it takes
 * `--username --email --password` or the `MENTALMUSE_SUPERUSER_*` environment variables.
 */
import { createInterface } from 'node:readline/promises';
import type { Database } from '../db/database.ts';
import { mapDatabaseError } from '../http/database-errors.ts';
import { ValidationError } from '../http/errors.ts';
import { createUser } from '../modules/users/index.ts';
import { flagValue, type ParsedArgs } from './args.ts';

/** Where the command reads answers and writes prompts. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Asks questions one line at a time over one readline interface (buffered input is not lost). */
function prompter(terminal: Terminal) {
  const tty = (terminal.input as NodeJS.ReadStream).isTTY === true;
  const rl = createInterface({ input: terminal.input, output: terminal.output, terminal: tty });
  const lines = rl[Symbol.asyncIterator]();
  const silent = rl as unknown as { _writeToOutput: (s: string) => void };
  const echo = silent._writeToOutput?.bind(rl);
  return {
    async ask(question: string, secret = false): Promise<string> {
      terminal.output.write(question);
      // On a real terminal, typed secrets are not echoed (readline's output hook).
      if (secret && tty) silent._writeToOutput = () => {};
      const next = await lines.next();
      if (secret && tty && echo !== undefined) {
        silent._writeToOutput = echo;
        terminal.output.write('\n');
      }
      if (next.done === true) throw new Error('Input ended before an answer was given.');
      return String(next.value);
    },
    close: () => rl.close(),
  };
}

/** Runs the command; returns the process exit code. */
export async function createSuperuser(
  database: Database,
  args: ParsedArgs,
  env: Record<string, string | undefined>,
  terminal: Terminal,
): Promise<number> {
  const noInput = args.flags['no-input'] === true;
  let username = flagValue(args, 'username') ?? env.MENTALMUSE_SUPERUSER_USERNAME;
  let email = flagValue(args, 'email') ?? env.MENTALMUSE_SUPERUSER_EMAIL;
  let password = flagValue(args, 'password') ?? env.MENTALMUSE_SUPERUSER_PASSWORD;
  if (noInput) {
    const missing = [
      ['--username', 'MENTALMUSE_SUPERUSER_USERNAME', username],
      ['--email', 'MENTALMUSE_SUPERUSER_EMAIL', email],
      ['--password', 'MENTALMUSE_SUPERUSER_PASSWORD', password],
    ].filter(([, , value]) => value === undefined || value === '');
    if (missing.length > 0) {
      terminal.output.write(
        `Error: with --no-input, give ${missing.map(([flag, variable]) => `${flag} (or ${variable})`).join(', ')}.\n`,
      );
      return 2;
    }
  }
  const prompt = noInput ? null : prompter(terminal);
  try {
    if (prompt !== null) {
      username ??= await prompt.ask('Username: ');
      email ??= await prompt.ask('Email address: ');
      if (password === undefined) {
        password = await prompt.ask('Password: ', true);
        const again = await prompt.ask('Password (again): ', true);
        if (again !== password) {
          terminal.output.write("Error: Your passwords didn't match.\n");
          return 1;
        }
      }
    }
  } catch (error) {
    terminal.output.write(`Error: ${(error as Error).message}\n`);
    return 1;
  } finally {
    prompt?.close();
  }
  try {
    const user = await createUser(database, {
      username: username ?? '',
      email: email ?? '',
      password: password ?? '',
      role: 'admin',
      emailVerified: true,
    });
    terminal.output.write(`Superuser "${user.username}" created successfully.\n`);
    return 0;
  } catch (caught) {
    const error = mapDatabaseError(caught) ?? caught;
    if (error instanceof ValidationError) {
      for (const [field, messages] of Object.entries(error.fields)) {
        for (const message of messages) terminal.output.write(`Error (${field}): ${message}\n`);
      }
      return 1;
    }
    throw error;
  }
}
