/**
 * Account export and deletion across modules: each module that stores something about a user
 * contributes its part of the export document and of the deletion transaction, so
 * `GET /api/account/export/` and `DELETE /api/account/` cover every table without any module
 * reaching into another's tables. Contributors are listed explicitly, in one place
 * (`modules/wiring.ts`); the order of that list is the order of the export document.
 */
import type { Transaction } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { DB } from '../db/schema.ts';

/** What happens to a deleted user's community content. */
export type ContentMode = 'delete' | 'anonymise';

/** One module's share of export and deletion. */
export interface AccountDataContributor {
  /**
   * Key of the section in the export document, e.g. `journal`. Several contributors may share a
   * section: their (object) exports are merged into it, in list order.
   */
  name: string;
  /** Everything this module stores about the user, as JSON-serialisable data. */
  exportFor(db: Executor, userId: number): Promise<unknown>;
  /**
   * Removes (or, for `anonymise`, detaches from the user) this module's data, inside the
   * deletion transaction. Runs before the user row itself is deleted.
   */
  deleteFor(trx: Transaction<DB>, userId: number, mode: ContentMode): Promise<void>;
}

/** The contributors of one app, in export order. */
export class AccountDataRegistry {
  readonly #contributors: readonly AccountDataContributor[];

  /** A registry of exactly these contributors. */
  constructor(contributors: readonly AccountDataContributor[]) {
    this.#contributors = contributors;
  }

  /** Every section of the user's export, in contributor order. */
  async exportAll(db: Executor, userId: number): Promise<Record<string, unknown>> {
    const document: Record<string, unknown> = {};
    for (const contributor of this.#contributors) {
      document[contributor.name] = merge(document[contributor.name], await contributor.exportFor(db, userId));
    }
    return document;
  }

  /** Lets every contributor delete (or detach) its data inside the deletion transaction. */
  async deleteAll(trx: Transaction<DB>, userId: number, mode: ContentMode): Promise<void> {
    for (const contributor of this.#contributors) await contributor.deleteFor(trx, userId, mode);
  }

  /** One section as a single contributor (every contributor of that name, in order). */
  section(name: string): AccountDataContributor {
    const parts = this.#contributors.filter((c) => c.name === name);
    return {
      name,
      exportFor: async (db, userId) => {
        let section: unknown;
        for (const part of parts) section = merge(section, await part.exportFor(db, userId));
        return section;
      },
      deleteFor: async (trx, userId, mode) => {
        for (const part of parts) await part.deleteFor(trx, userId, mode);
      },
    };
  }
}

function merge(existing: unknown, part: unknown): unknown {
  if (typeof existing !== 'object' || existing === null || typeof part !== 'object' || part === null)
    return part;
  return { ...existing, ...part };
}
