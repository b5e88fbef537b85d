/**
 * Audit entries as staff see them (JSON) and as the CSV export writes them. Who acted: the staff
 * member recorded on the entry, else the operator's shell (`cli`) for admin actions without one,
 * else the user themself (logins, password changes and other self-service events).
 */
import { isoMicros } from '../../lib/time.ts';
import type { AuditRow } from './admin-audit.repository.ts';

/** `{id, username}` of a person in an entry, or null. */
export interface PersonRef {
  id: string;
  username: string;
}

/** An audit entry as the API sends it. */
export interface AuditEntryDto {
  id: string;
  created: string;
  type: string;
  user: PersonRef | null;
  actor: PersonRef | null;
  source: 'web' | 'cli';
  ip: string | null;
  user_agent: string | null;
  before: unknown;
  after: unknown;
  details: Record<string, unknown>;
}

function parseDetails(raw: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // A malformed row shows no details rather than failing the whole page.
  }
  return {};
}

function ref(id: string | null, username: string | null): PersonRef | null {
  return id === null || username === null ? null : { id, username };
}

/** Presents one entry. */
export function toAuditEntryDto(row: AuditRow): AuditEntryDto {
  const details = parseDetails(row.details);
  const user = ref(row.user_public_id, row.user_username);
  let actor = ref(row.actor_public_id, row.actor_username);
  const byShell = details.actor === 'cli';
  if (actor === null && !byShell && !row.type.startsWith('admin.')) actor = user;
  return {
    id: row.public_id,
    created: isoMicros(row.created),
    type: row.type,
    user,
    actor,
    source: byShell ? 'cli' : 'web',
    ip: row.ip,
    user_agent: row.user_agent,
    before: details.before ?? null,
    after: details.after ?? null,
    details,
  };
}

/** The CSV header row of the export. */
export const AUDIT_CSV_COLUMNS = [
  'id',
  'created',
  'type',
  'actor_id',
  'actor_username',
  'source',
  'user_id',
  'username',
  'ip',
  'user_agent',
  'before',
  'after',
  'details',
] as const;

/**
 * One CSV field (RFC 4180 quoting). A value a spreadsheet would run as a formula (leading `=`,
 * `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe: the log holds text that
 * users chose (user agents, usernames), and opening the export must not execute it.
 */
export function csvField(value: unknown): string {
  let text =
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One entry as a CSV line (CRLF-terminated). */
export function toAuditCsvLine(entry: AuditEntryDto): string {
  const cells = [
    entry.id,
    entry.created,
    entry.type,
    entry.actor?.id ?? null,
    entry.actor?.username ?? null,
    entry.source,
    entry.user?.id ?? null,
    entry.user?.username ?? null,
    entry.ip,
    entry.user_agent,
    entry.before,
    entry.after,
    entry.details,
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}
