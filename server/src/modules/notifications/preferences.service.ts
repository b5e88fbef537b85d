/**
 * Notification preferences (API.md C1): in-app and e-mail per type, and the e-mail digest.
 * Defaults: everything in-app, no e-mail but `security.new_login`, whose e-mail cannot be
 * turned off.
 */
import type { Executor } from '../../db/database.ts';
import { ValidationError } from '../../http/errors.ts';
import {
  ALWAYS_EMAILED,
  isNotificationType,
  NOTIFICATION_TYPES,
  type NotificationType,
} from './notification-types.ts';
import { findPreferences, savePreferences } from './notifications.repository.ts';

/** Delivery of one type. */
export interface TypePreference {
  /** Listed in the app (and sent live). */
  in_app: boolean;
  /** Sent by e-mail. */
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
}

/** A change: any subset of types and fields. */
export interface PreferencesChange {
  /** Types to change, each with the fields to change. */
  types?: Record<string, Partial<TypePreference>>;
  /** New digest frequency. */
  email_digest?: Digest;
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

/** The user's preferences, defaults filled in. */
export async function preferencesOf(db: Executor, userId: number): Promise<Preferences> {
  const row = await findPreferences(db, userId);
  const types = defaults();
  for (const [type, stored] of Object.entries(parseStored(row?.types ?? '{}'))) {
    if (isNotificationType(type)) types[type] = { ...types[type], ...stored };
  }
  types[ALWAYS_EMAILED].email = true;
  return { types, email_digest: row?.email_digest ?? 'off' };
}

/** Applies a change (unknown type or turning off the new-login e-mail → 400, nothing stored). */
export async function updatePreferences(
  db: Executor,
  userId: number,
  change: PreferencesChange,
): Promise<Preferences> {
  const unknown = Object.keys(change.types ?? {}).filter((type) => !isNotificationType(type));
  if (unknown.length > 0) {
    throw ValidationError.field('types', `Unknown notification type: ${unknown.join(', ')}.`);
  }
  if (change.types?.[ALWAYS_EMAILED]?.email === false) {
    throw ValidationError.field('types', 'E-mail about a new sign-in cannot be turned off.');
  }
  const current = await preferencesOf(db, userId);
  for (const [type, fields] of Object.entries(change.types ?? {})) {
    const key = type as NotificationType;
    current.types[key] = { ...current.types[key], ...fields };
  }
  const digest = change.email_digest ?? current.email_digest;
  await savePreferences(db, userId, JSON.stringify(current.types), digest);
  return { types: current.types, email_digest: digest };
}
