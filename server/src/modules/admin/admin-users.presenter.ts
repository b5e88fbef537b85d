/** Users as the admin console shows them: the account facts staff need, never the password hash. */
import { isoMicros } from '../../lib/time.ts';
import { toSessionDto } from '../auth/index.ts';
import type { UserRow } from '../users/index.ts';
import { avatarUrl, isStaff } from '../users/index.ts';
import { toAuditEntryDto } from './admin-audit.presenter.ts';
import type { AdminUserDetail } from './admin-users.service.ts';

/** A user row for the admin lists. */
export function toAdminUserDto(row: UserRow, base: string) {
  const name = `${row.first_name} ${row.last_name}`.trim();
  return {
    id: row.public_id,
    username: row.username,
    name: name === '' ? row.username : name,
    first_name: row.first_name,
    last_name: row.last_name,
    email: row.email,
    email_verified: row.email_verified,
    avatar: avatarUrl(base, row.avatar),
    role: row.role,
    is_staff: isStaff(row.role),
    is_superuser: row.role === 'admin',
    is_active: row.is_active,
    last_login: row.last_login === null ? null : isoMicros(row.last_login),
    created: isoMicros(row.created),
    updated: isoMicros(row.updated),
  };
}

/** The user detail page: the user, counts (journal: how many, never what), sessions and events. */
export function toAdminUserDetailDto(detail: AdminUserDetail, base: string) {
  return {
    ...toAdminUserDto(detail.user, base),
    bio: detail.user.bio,
    counts: {
      ...detail.content,
      journal_checkins: detail.journal.checkins,
      journal_entries: detail.journal.entries,
    },
    sessions: detail.sessions === null ? null : detail.sessions.rows.map((row) => toSessionDto(row, null)),
    sessions_count: detail.sessions?.count ?? null,
    security_events: detail.events === null ? null : detail.events.map(toAuditEntryDto),
  };
}
