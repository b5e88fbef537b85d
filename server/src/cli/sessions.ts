/**
 * `mentalmuse sessions purge`: deletes expired sessions and their refresh tokens (the server also
 * does it every hour).
 */
import type { Database } from '../db/database.ts';
import { nowMicros } from '../lib/time.ts';
import { purgeSessionsNow } from '../modules/auth/index.ts';

/** Where the command writes. */
export interface CommandOutput {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Runs `sessions <sub>`; resolves to the exit code. */
export async function sessionsCommand(
  database: Database,
  rest: string[],
  out: CommandOutput,
): Promise<number> {
  if (rest[0] !== 'purge' || rest.length > 1) {
    out.stderr.write('Usage: mentalmuse sessions purge\n');
    return 2;
  }
  const counts = await purgeSessionsNow(database.db, nowMicros());
  out.stdout.write(
    `Purged ${counts.sessions} expired sessions (${counts.refreshTokens} refresh tokens), ` +
      `${counts.pendingSignIns} unfinished sign-in steps.\n`,
  );
  return 0;
}
