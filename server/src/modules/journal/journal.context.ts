/** What the journal services share, built once per app by the journal plugin. */
import type { Database } from '../../db/database.ts';
import type { SupportBlock } from '../../lib/crisis-resources.ts';
import type { JournalCipher } from './crypto.ts';

/** The journal module's dependencies. */
export interface JournalContext {
  /** The open database. */
  database: Database;
  /** Encrypts notes, titles and bodies at rest. */
  cipher: JournalCipher;
  /** The crisis support block for score-1 check-ins. */
  support: SupportBlock;
}
