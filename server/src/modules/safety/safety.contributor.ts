/**
 * Safety's share of account export and deletion: the `safety` section lists whom the user
 * blocked and muted (public ids) and their filter; deletion removes every block and mute the
 * user is part of, either side, and their filter.
 */
import type { AccountDataContributor } from '../../lib/account-data.ts';
import { deleteFilterOf, findFilter } from './filters.repository.ts';
import { parseWords } from './filters.service.ts';
import { deleteRelationsOf, listRelated } from './relations.repository.ts';

/** The `safety` export section. */
export const safetySection: AccountDataContributor = {
  name: 'safety',
  exportFor: async (db, userId) => {
    const [blocks, mutes, filter] = await Promise.all([
      listRelated(db, 'block', userId),
      listRelated(db, 'mute', userId),
      findFilter(db, userId),
    ]);
    return {
      blocked_users: blocks.map((u) => u.public_id),
      muted_users: mutes.map((u) => u.public_id),
      filters: { words: parseWords(filter?.words ?? null), action: filter?.action ?? 'hide' },
    };
  },
  deleteFor: async (trx, userId) => {
    await deleteRelationsOf(trx, userId);
    await deleteFilterOf(trx, userId);
  },
};
