/** Appeal objects: the receipt an author gets and the entry moderators see in the queue. */
import { isoMicros } from '../../lib/time.ts';
import type { HidingRow } from '../community/index.ts';

/** What the author gets back when appealing. */
export function toAppealReceipt(row: HidingRow) {
  return {
    id: row.public_id,
    status: 'open' as const,
    created: isoMicros(row.appeal_created ?? row.hidden_at),
  };
}

/** An appeal in the moderation queue. */
export function toAppealDto(row: HidingRow) {
  return {
    id: row.public_id,
    target_type: row.target_type,
    target_id: row.comment_public_id ?? row.post_public_id,
    post: row.post_public_id,
    reason: row.reason,
    note: row.note,
    hidden_at: isoMicros(row.hidden_at),
    message: row.appeal_message ?? '',
    status: row.appeal_status ?? 'open',
    created: isoMicros(row.appeal_created ?? row.hidden_at),
    decided: row.appeal_decided_at === null ? null : isoMicros(row.appeal_decided_at),
  };
}
