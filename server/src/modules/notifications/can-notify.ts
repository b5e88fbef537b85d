/**
 * The seam for blocks (API.md C2, another engineer's `safety` module): no notification passes
 * between two users when either blocked the other. Until blocks exist every pair may notify; the
 * safety work replaces this body, and every notification rule already asks it.
 */
import type { Executor } from '../../db/database.ts';

/** True when `actorId`'s action may notify `recipientId` (false once either blocked the other). */
export async function canNotify(_db: Executor, _recipientId: number, _actorId: number): Promise<boolean> {
  return true;
}
