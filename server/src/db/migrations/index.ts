/**
 * The ordered list of migrations. Imported statically (not read from the folder) so the set is
 * fixed at build time and works the same from source, from a bundle and in tests.
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial.ts';
import * as m0002 from './0002_sessions.ts';
import * as m0003 from './0003_community.ts';
import * as m0004 from './0004_journal.ts';
import * as m0005 from './0005_mail.ts';
import * as m0006 from './0006_admin.ts';
import * as m0007 from './0007_care.ts';
import * as m0008 from './0008_notifications.ts';
import * as m0009 from './0009_safety.ts';
import * as m0010 from './0010_oidc.ts';
import * as m0013 from './0013_live.ts';
import * as m0014 from './0014_crisis_reports.ts';
import * as m0017 from './0017_digest.ts';
import * as m0018 from './0018_mfa.ts';
import * as m0019 from './0019_offline.ts';
import * as m0020 from './0020_post_counts.ts';

/** Every migration by name; names sort in the order they apply. */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_sessions': m0002,
  '0003_community': m0003,
  '0004_journal': m0004,
  '0005_mail': m0005,
  '0006_admin': m0006,
  '0007_care': m0007,
  '0008_notifications': m0008,
  '0009_safety': m0009,
  '0010_oidc': m0010,
  '0013_live': m0013,
  '0014_crisis_reports': m0014,
  '0017_digest': m0017,
  '0018_mfa': m0018,
  '0019_offline': m0019,
  '0020_post_counts': m0020,
};
