/**
 * The port through which the notification rules learn about blocks and mutes (API.md C1/C2),
 * given by the wiring from the safety module (notifications do not import safety).
 */
import type { Executor } from '../../db/database.ts';

/** What the notification rules ask about relations between users. */
export interface NotifySafety {
  /** True when either user blocked the other: nothing passes between them. */
  blockedEitherWay(db: Executor, a: number, b: number): Promise<boolean>;
  /** The users who must not hear live of the author's new content (blocked either way, muted). */
  hiddenFrom(db: Executor, authorId: number): Promise<ReadonlySet<number>>;
}

/** No relations at all (a context built without the safety module, as in the CLI). */
export const NO_SAFETY: NotifySafety = {
  blockedEitherWay: async () => false,
  hiddenFrom: async () => new Set(),
};
