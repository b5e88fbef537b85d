/**
 * The anonymity rule, in one place: an anonymous post hides its author, and the post author's
 * own comments beneath it are anonymous too (otherwise a reply would unmask them). Who may still
 * see through it (the author themself and staff) is `knowsAuthor` in `posts.service.ts`.
 */

/** The facts of a post the rule needs. */
export interface AnonymityOfPost {
  /** The post was published anonymously. */
  anonymous: boolean;
  /** The post's author (internal id), or null once their account is gone. */
  author_id: number | null;
}

/** True when a comment by `commentAuthorId` on this post is anonymous. */
export function isAnonymousComment(post: AnonymityOfPost, commentAuthorId: number | null): boolean {
  return post.anonymous && commentAuthorId !== null && commentAuthorId === post.author_id;
}
