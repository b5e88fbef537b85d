/** Second factors as their owner sees them. */
import { isoMicros } from '../../lib/time.ts';
import type { PasskeyRow } from './passkeys.repository.ts';

/** A passkey for its owner (never its key material). */
export function toPasskeyDto(row: PasskeyRow) {
  return {
    id: row.public_id,
    name: row.name,
    created: isoMicros(row.created),
    last_used: row.last_used === null ? null : isoMicros(Number(row.last_used)),
    backed_up: row.backup_eligible && row.backup_state,
  };
}
