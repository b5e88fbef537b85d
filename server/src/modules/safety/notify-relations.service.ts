/**
 * The safety module's side of the notifications' `NotifySafety` port (API.md C1/C2): no
 * notification passes between users when either blocked the other, and live `post.created` /
 * `comment.created` events skip the listeners from whom the author's content is hidden.
 * Structurally typed: safety does not import notifications.
 */
import type { Executor } from '../../db/database.ts';
import { blockedEitherWay, viewersHidingAuthor } from './relations.repository.ts';

/** What the notifications module asks of the safety module. */
export const notifySafety = {
  /** True when either user blocked the other (staff on either side: never). */
  blockedEitherWay: (db: Executor, a: number, b: number): Promise<boolean> => blockedEitherWay(db, a, b),
  /** The listeners who must not hear of the author's new content (blocked either way, or muted it). */
  async hiddenFrom(db: Executor, authorId: number): Promise<ReadonlySet<number>> {
    return new Set(await viewersHidingAuthor(db, authorId));
  },
};
