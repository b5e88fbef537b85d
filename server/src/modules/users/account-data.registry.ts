/**
 * The account-data registry: each feature module contributes its part of a user's data export
 * and of account deletion, so `GET /api/account/export/` and `DELETE /api/account/` cover every
 * table without reaching into other modules' tables themselves.
 */
import type { Transaction } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

/** What happens to a deleted user's community content. */
export type ContentMode = 'delete' | 'anonymise';

/** One module's share of export and deletion. */
export interface AccountDataContributor {
  /** Key of this module's section in the export document, e.g. `posts`. */
  name: string;
  /** Everything this module stores about the user, as JSON-serialisable data. */
  exportFor(db: Executor, userId: number): Promise<unknown>;
  /**
   * Removes (or, for `anonymise`, detaches from the user) this module's data, inside the
   * deletion transaction. Runs before the user row itself is deleted.
   */
  deleteFor(trx: Transaction<DB>, userId: number, mode: ContentMode): Promise<void>;
}

const contributors = new Map<string, AccountDataContributor>();

/** Registers (or replaces, by name) a contributor. Call at module load. */
export function registerAccountData(contributor: AccountDataContributor): void {
  contributors.set(contributor.name, contributor);
}

/** Every registered contributor, in registration order. */
export function accountDataContributors(): readonly AccountDataContributor[] {
  return [...contributors.values()];
}
