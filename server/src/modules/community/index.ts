/**
 * The community module's front door: posts, comments and likes (`/api/post/…`), the shared rules
 * of who may read what and whose name is shown (anonymous posts), and `posts_count`. Moderation
 * changes content state only through `content-state.service.ts`; deletions announce
 * `content.deleting` so moderation can close reports in the same transaction.
 */
export { type AnonymityOfPost, isAnonymousComment } from './anonymity.ts';
export { type CommentView, toCommentDto } from './comments.presenter.ts';
export { commentsRoutes } from './comments.routes.ts';
export { CommentParams, CommentSchema } from './comments.schemas.ts';
export { deleteComment, findCommentFor, toCommentViews } from './comments.service.ts';
export { communitySection } from './community.contributor.ts';
export { type ContentFacts, contentFacts } from './content-facts.service.ts';
export {
  postOfComment,
  removeCommentIn,
  removePostIn,
  setCommentHiddenIn,
  setPostHiddenIn,
} from './content-state.service.ts';
export {
  appealsPage,
  closeAppealIn,
  currentHiding,
  type HidingRow,
  hidingById,
  type ModerationNotice,
  openAppealIn,
  recordHidingIn,
  toModerationNotice,
} from './hidings.service.ts';
export { AppealStateSchema, HIDE_REASONS } from './moderation-notice.schemas.ts';
export { type PostView, toPostDto } from './posts.presenter.ts';
export { postsRoutes } from './posts.routes.ts';
export { BadRequestBody, PostIdParams, PostSchema } from './posts.schemas.ts';
export { type CommunityContext, deletePost, findPostFor, postsCountsFor, viewPost } from './posts.service.ts';
export { communityContext } from './request-context.ts';
export type { FilterAction, ViewerRelations, ViewerRelationsSource } from './viewer-relations.ts';
