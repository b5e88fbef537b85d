/**
 * The journal module's front door: mood check-ins, entries and insights (`/api/journal/`), always
 * encrypted at rest and readable by their owner only. Other modules get counts (admin), the
 * owner's export (account lifecycle), key rotation and where the key file lives (the CLI,
 * backups), and the crisis resources (moderation's "send support resources") — never journal text.
 */

export { type JournalCipher, keyFilePath, loadJournalCipher } from './crypto.ts';
export { exportCheckinsCsv, journalSection } from './journal.contributor.ts';
export { journalRoutes } from './journal.plugin.ts';
export { type JournalCounts, journalCountsOf } from './journal-stats.service.ts';
export { describeRotation, type JournalKeyUser, rotateJournalKey } from './key-rotation.ts';
