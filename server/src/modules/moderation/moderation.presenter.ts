/** Report objects: the receipt a reporter gets, and the queue entry moderators see. */
import { isoMicros } from '../../lib/time.ts';
import type { ReportRow } from './reports.repository.ts';

/** `{id, username}` of a user involved in a report, or null once that account is gone. */
export interface UserRef {
  id: string;
  username: string;
}

function ref(id: string | null, username: string | null): UserRef | null {
  return id === null || username === null ? null : { id, username };
}

/** What the reporter gets back. */
export function toReportReceipt(row: ReportRow) {
  return {
    id: row.public_id,
    target_type: row.target_type,
    target_id: row.target_public_id,
    reason: row.reason,
    text: row.text,
    status: row.status,
    created: isoMicros(row.created),
  };
}

/** A queue entry: the report, the item (null once deleted) and who is involved. */
export function toReportDto(row: ReportRow) {
  return {
    ...toReportReceipt(row),
    // The system's reports for text matching the crisis lexicon read as `crisis` (API.md C2).
    reason: row.origin === 'crisis' ? 'crisis' : row.reason,
    post: row.post_public_id,
    action: row.action,
    target:
      row.target_body === null
        ? null
        : {
            body: row.target_body,
            hidden: row.target_hidden === true,
            author: ref(row.author_public_id, row.author_username),
          },
    reporter: ref(row.reporter_public_id, row.reporter_username),
    resolver: ref(row.resolver_public_id, row.resolver_username),
    updated: isoMicros(row.updated),
    resolved: row.resolved_at === null ? null : isoMicros(row.resolved_at),
  };
}
