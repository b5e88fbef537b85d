/**
 * Read-only facts about one post or comment for modules that react to community events
 * (notifications): who wrote it, its text (for mentions), whether it is hidden, and its post.
 * They decide nothing about visibility for a reader; `findPostFor` does that.
 */
import type { Executor } from '../../db/database.ts';
import { type ContentFactsRow, selectCommentFacts, selectPostFacts } from './content-facts.repository.ts';

/** The facts of a post or comment. */
export type ContentFacts = ContentFactsRow;

/** The facts of the post or comment with this public id, or undefined when it is gone. */
export function contentFacts(
  db: Executor,
  kind: 'post' | 'comment',
  publicId: string,
): Promise<ContentFacts | undefined> {
  return kind === 'post' ? selectPostFacts(db, publicId) : selectCommentFacts(db, publicId);
}
