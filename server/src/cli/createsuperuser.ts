/**
 * `createsuperuser`: makes an admin. Interactive by default; with `--no-input` it takes
 * `--username --email --password` or the `MENTALMUSE_SUPERUSER_*` environment variables.
 */
import { createInterface } from 'node:readline/promises';
import type { Database } from '../db/database.ts';
import { ValidationError } from '../http/errors.ts';
import { createUser } from '../modules/users/users.service.ts';
import { flagValue, type ParsedArgs } from './args.ts';

/** Where the command reads answers and writes prompts. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

async function ask(terminal: Terminal, question: string, secret = false): Promise<string> {
  const tty = (terminal.input as NodeJS.ReadStream).isTTY === true;
  const rl = createInterface({ input: terminal.input, output: terminal.output, terminal: tty });
  terminal.output.write(question);
  // On a real terminal, typed secrets are not echoed (readline's documented output hook).
  if (secret && tty) (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  try {
    const answer = await new Promise<string>((resolve, reject) => {
      rl.once('line', resolve);
      rl.once('close', () => reject(new Error('Input ended before an answer was given.')));
    });
    if (secret) terminal.output.write('\n');
    return answer;
  } finally {
    rl.close();
  }
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
  try {
    username ??= await ask(terminal, 'Username: ');
    email ??= await ask(terminal, 'Email address: ');
    if (password === undefined) {
      password = await ask(terminal, 'Password: ', true);
      const again = await ask(terminal, 'Password (again): ', true);
      if (again !== password) {
        terminal.output.write("Error: Your passwords didn't match.\n");
        return 1;
      }
    }
  } catch (error) {
    terminal.output.write(`Error: ${(error as Error).message}\n`);
    return 1;
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
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const [field, messages] of Object.entries(error.fields)) {
        for (const message of messages) terminal.output.write(`Error (${field}): ${message}\n`);
      }
      return 1;
    }
    throw error;
  }
}
