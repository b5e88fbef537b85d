/**
 * Moderation's share of account export and deletion: the reports a user filed join the
 * `community` section of the export; on deletion they stay as moderation records without their
 * reporter.
 */
import type { AccountDataContributor } from '../../lib/account-data.ts';
import { isoMicros } from '../../lib/time.ts';
import { detachReportsOf, listReportsByReporter } from './reports.repository.ts';

/** The reports part of the `community` export section. */
export const moderationSection: AccountDataContributor = {
  name: 'community',
  exportFor: async (db, userId) => ({
    reports: (await listReportsByReporter(db, userId)).map((r) => ({ ...r, created: isoMicros(r.created) })),
  }),
  deleteFor: async (trx, userId) => {
    await detachReportsOf(trx, userId);
  },
};
