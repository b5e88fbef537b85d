/**
 * Notifications' share of account export and deletion: the `notifications` section lists the
 * user's notifications (actors by public id; null where the actor stays hidden) and their
 * preferences; deletion removes them (others' notifications about the user's actions keep
 * `actor: null` through the foreign key).
 */
import type { AccountDataContributor } from '../../lib/account-data.ts';
import { isoMicros } from '../../lib/time.ts';
import { deleteNotificationDataOf, listAllForExport } from './notifications.repository.ts';
import { preferencesOf } from './preferences.service.ts';

/** The `notifications` export section. */
export const notificationsSection: AccountDataContributor = {
  name: 'notifications',
  exportFor: async (db, userId) => {
    const [rows, preferences] = await Promise.all([listAllForExport(db, userId), preferencesOf(db, userId)]);
    return {
      preferences,
      items: rows.map((row) => ({
        id: row.public_id,
        type: row.type,
        created: isoMicros(Number(row.created)),
        read: row.read === true,
        count: Number(row.count),
        actor: row.actor_public_id,
        post: row.post_public_id,
        comment: row.comment_public_id,
      })),
    };
  },
  deleteFor: async (trx, userId) => deleteNotificationDataOf(trx, userId),
};
