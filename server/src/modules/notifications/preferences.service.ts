/**
 * Notification preferences (API.md C1): in-app and e-mail per type, the e-mail digest and the
 * time zone of its morning. Defaults: everything in-app, no e-mail but `security.new_login`,
 * whose e-mail cannot be turned off; digest off; UTC.
 */
import type { Executor } from '../../db/database.ts';
import { ValidationError } from '../../http/errors.ts';
import { isTimeZone } from '../../lib/local-time.ts';
import { nowMicros } from '../../lib/time.ts';
import { findUserByPublicId } from '../users/index.ts';
import { nextDigestDue } from './digest-schedule.ts';
import {
  ALWAYS_EMAILED,
  isNotificationType,
  NOTIFICATION_TYPES,
  type NotificationType,
} from './notification-types.ts';
import type { NotificationsContext } from './notifications.context.ts';
import { findPreferences, savePreferences } from './notifications.repository.ts';
import { unsubscribeTarget } from './unsubscribe.ts';

/** Delivery of one type. */
export interface TypePreference {
  /** Listed in the app (and sent live). */
  in_app: boolean;
  /** Sent by e-mail as it happens. */
  email: boolean;
}

/** E-mail digest frequency. */
export type Digest = 'off' | 'daily' | 'weekly';

/** A user's preferences, complete. */
export interface Preferences {
  /** Every type's delivery. */
  types: Record<NotificationType, TypePreference>;
  /** E-mail digest frequency. */
  email_digest: Digest;
  /** IANA time zone whose morning the digest goes out at. */
  timezone: string;
}

/** A change: any subset of types and fields. */
export interface PreferencesChange {
  /** Types to change, each with the fields to change. */
  types?: Record<string, Partial<TypePreference>>;
  /** New digest frequency. */
  email_digest?: Digest;
  /** New time zone. */
  timezone?: string;
}

function defaults(): Record<NotificationType, TypePreference> {
  const types = {} as Record<NotificationType, TypePreference>;
  for (const type of NOTIFICATION_TYPES) types[type] = { in_app: true, email: type === ALWAYS_EMAILED };
  return types;
}

function parseStored(json: string): Record<string, Partial<TypePreference>> {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object'
      ? (value as Record<string, Partial<TypePreference>>)
      : {};
  } catch {
    return {};
  }
}

/** The stored row with defaults filled in, and when the digest is next due. */
async function load(db: Executor, userId: number): Promise<Preferences & { due: number | null }> {
  const row = await findPreferences(db, userId);
  const types = defaults();
  for (const [type, stored] of Object.entries(parseStored(row?.types ?? '{}'))) {
    if (isNotificationType(type)) types[type] = { ...types[type], ...stored };
  }
  types[ALWAYS_EMAILED].email = true;
  return {
    types,
    email_digest: row?.email_digest ?? 'off',
    timezone: row?.timezone ?? 'UTC',
    due: row?.digest_due == null ? null : Number(row.digest_due),
  };
}

/** The user's preferences, defaults filled in. */
export async function preferencesOf(db: Executor, userId: number): Promise<Preferences> {
  const { due: _due, ...preferences } = await load(db, userId);
  return preferences;
}

/**
 * Applies a change (unknown type, turning off the new-login e-mail or an unknown time zone →
 * 400, nothing stored). Changing the digest or the time zone schedules the next digest afresh.
 */
export async function updatePreferences(
  db: Executor,
  userId: number,
  change: PreferencesChange,
  now = nowMicros(),
): Promise<Preferences> {
  const unknown = Object.keys(change.types ?? {}).filter((type) => !isNotificationType(type));
  if (unknown.length > 0) {
    throw ValidationError.field('types', `Unknown notification type: ${unknown.join(', ')}.`);
  }
  if (change.types?.[ALWAYS_EMAILED]?.email === false) {
    throw ValidationError.field('types', 'E-mail about a new sign-in cannot be turned off.');
  }
  if (change.timezone !== undefined && !isTimeZone(change.timezone)) {
    throw ValidationError.field('timezone', 'Choose a time zone such as Europe/Berlin or America/New_York.');
  }
  const current = await load(db, userId);
  for (const [type, fields] of Object.entries(change.types ?? {})) {
    const key = type as NotificationType;
    current.types[key] = { ...current.types[key], ...fields };
  }
  const digest = change.email_digest ?? current.email_digest;
  const timezone = change.timezone ?? current.timezone;
  const reschedule = digest !== current.email_digest || timezone !== current.timezone || current.due === null;
  const due = digest === 'off' ? null : reschedule ? nextDigestDue(now, digest, timezone) : current.due;
  await savePreferences(db, userId, {
    types: JSON.stringify(current.types),
    email_digest: digest,
    timezone,
    digest_due: due,
  });
  return { types: current.types, email_digest: digest, timezone };
}

/** The one-click unsubscribe: the token's user gets no e-mail but the always-sent ones. */
export async function unsubscribe(ctx: NotificationsContext, token: string | undefined): Promise<void> {
  const publicId = unsubscribeTarget(ctx.config, token ?? '');
  const user = await findUserByPublicId(ctx.database.db, publicId);
  // A deleted account has nothing left to unsubscribe; the link still answers calmly.
  if (user !== undefined) await stopEmails(ctx.database.db, user.id);
}

/** Turns off every e-mail that can be turned off and the digest. */
export async function stopEmails(db: Executor, userId: number): Promise<void> {
  const types: PreferencesChange['types'] = {};
  for (const type of NOTIFICATION_TYPES) if (type !== ALWAYS_EMAILED) types[type] = { email: false };
  await updatePreferences(db, userId, { types, email_digest: 'off' });
}
