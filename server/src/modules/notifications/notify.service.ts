/**
 * The rules of API.md C1 for creating notifications, one function per domain event. Every rule
 * goes through {@link notify}, which applies the "never" rules that hold for all of them: never
 * about one's own action, never between users who blocked each other (the `NotifySafety` port), and never
 * when the recipient turned the type off in the app; an e-mail follows when they turned it on. Revealing an anonymous author and telling
 * anyone but the author about hidden content are decided by the callers, which know the content.
 */
import type { DomainEvents } from '../../events/domain-events.ts';
import type { AuthUser } from '../../http/auth.ts';
import { nowMicros } from '../../lib/time.ts';
import { frontendBase } from '../../mail/links.ts';
import { contentFacts, findPostFor } from '../community/index.ts';
import { findUserByUsername } from '../users/index.ts';
import { emailNotice } from './email-notice.service.ts';
import { mentionedUsernames } from './mentions.ts';
import { ALWAYS_EMAILED, type NotificationType } from './notification-types.ts';
import type { NotificationsContext } from './notifications.context.ts';
import { loadActors, toNotificationDto } from './notifications.presenter.ts';
import {
  countUnread,
  deleteAboutContent,
  findNotification,
  insertNotification,
} from './notifications.repository.ts';
import { preferencesOf } from './preferences.service.ts';

/** One notification a rule wants to send. */
interface Notice {
  /** Who is told. */
  recipientId: number;
  /** Its type. */
  type: NotificationType;
  /** Who acted (checked against the recipient and blocks even when it stays hidden). */
  actorId: number | null;
  /** True when the actor must not be shown (an anonymous author). */
  actorHidden: boolean;
  /** The post concerned. */
  post: string | null;
  /** The comment concerned. */
  comment: string | null;
  /** Folding key, for likes. */
  fold: string | null;
}

const DAY_MICROS = 86_400_000_000;

/** Stores a notice unless a "never" rule or the recipient's preference refuses it; true when stored. */
export async function notify(ctx: NotificationsContext, notice: Notice): Promise<boolean> {
  const db = ctx.database.db;
  if (notice.actorId !== null) {
    if (notice.actorId === notice.recipientId) return false;
    if (await ctx.safety.blockedEitherWay(db, notice.recipientId, notice.actorId)) return false;
  }
  const preferences = await preferencesOf(db, notice.recipientId);
  if (!preferences.types[notice.type].in_app) return false;
  const publicId = await insertNotification(db, {
    recipientId: notice.recipientId,
    type: notice.type,
    actorId: notice.actorHidden ? null : notice.actorId,
    postPublicId: notice.post,
    commentPublicId: notice.comment,
    foldKey: notice.fold,
  });
  if (preferences.types[notice.type].email && notice.type !== ALWAYS_EMAILED)
    await emailNotice(ctx, notice.recipientId, publicId);
  // Presenting costs reads; only worth it when the recipient listens on this process.
  if (ctx.live.listening(notice.recipientId)) await pushLive(ctx, notice.recipientId, publicId);
  ctx.relay.publish({ k: 'notification', user: notice.recipientId, id: publicId });
  return true;
}

/** Sends a stored notification and the new unread count to the recipient's live streams. */
export async function pushLive(
  ctx: NotificationsContext,
  recipientId: number,
  publicId: string,
): Promise<void> {
  const db = ctx.database.db;
  const row = await findNotification(db, recipientId, publicId);
  if (row === undefined) return;
  const actors = await loadActors(db, [row]);
  // Live frames carry no request, so user objects are presented as to a plain member.
  const viewer: AuthUser = { id: recipientId, publicId: '', role: 'user', sessionId: null };
  ctx.live.send(
    recipientId,
    'notification',
    toNotificationDto(row, actors, viewer, frontendBase(ctx.config)),
  );
  ctx.live.send(recipientId, 'unread', { count: await countUnread(db, recipientId) });
}

/**
 * Sends the recipient's unread count to their streams on this process — and, unless it came from a
 * peer, has the other processes do the same — after they read or deleted notifications, so every
 * open tab and device shows the same badge.
 */
export async function pushUnread(
  ctx: NotificationsContext,
  recipientId: number,
  fromPeer = false,
): Promise<void> {
  if (!fromPeer) ctx.relay.publish({ k: 'unread', user: recipientId });
  if (!ctx.live.listening(recipientId)) return;
  ctx.live.send(recipientId, 'unread', { count: await countUnread(ctx.database.db, recipientId) });
}

/** Likes of one target on one (UTC) day fold into one notification. */
function likeFold(type: NotificationType, target: string): string {
  return `${type}:${target}:${Math.floor(nowMicros() / DAY_MICROS)}`;
}

/** A viewer as the community's visibility rules see a user. */
function asViewer(user: { id: number; public_id: string; role: AuthUser['role'] }): AuthUser {
  return { id: user.id, publicId: user.public_id, role: user.role, sessionId: null };
}

/**
 * Mentions in a body: each named user who may see the post (hidden posts: only their author and
 * staff), but not the author, not anyone in `skip` (already told), and never through hidden content.
 */
async function notifyMentions(
  ctx: NotificationsContext,
  body: string,
  where: { authorId: number; anonymous: boolean; post: string; comment: string | null },
  skip: ReadonlySet<number>,
): Promise<void> {
  const told = new Set(skip);
  for (const username of mentionedUsernames(body)) {
    const user = await findUserByUsername(ctx.database.db, username);
    // Names differ in case and normalisation; the same user is told once.
    if (user === undefined || !user.is_active || told.has(user.id)) continue;
    told.add(user.id);
    try {
      await findPostFor(ctx.community, asViewer(user), where.post);
    } catch {
      continue; // the mentioned user may not see the post
    }
    await notify(ctx, {
      recipientId: user.id,
      type: 'mention',
      actorId: where.authorId,
      actorHidden: where.anonymous,
      post: where.post,
      comment: where.comment,
      fold: null,
    });
  }
}

/** Sends `post.created` to this process's listeners who may see the author's posts. */
export async function announcePost(
  ctx: NotificationsContext,
  postId: string,
  authorId: number,
): Promise<void> {
  if (ctx.live.size === 0) return;
  const hidden = await ctx.safety.hiddenFrom(ctx.database.db, authorId);
  ctx.live.broadcast('post.created', { id: postId }, (userId) => userId !== authorId && !hidden.has(userId));
}

/**
 * `comment.created` to this process's live listeners who may see it: not its author, nobody
 * blocked by or blocking (or muting) the comment's author or the post's author.
 */
export async function announceComment(
  ctx: NotificationsContext,
  comment: { id: string; post: string; author: number; postAuthor: number | null },
): Promise<void> {
  if (ctx.live.size === 0) return;
  const hidden = new Set(await ctx.safety.hiddenFrom(ctx.database.db, comment.author));
  if (comment.postAuthor !== null && comment.postAuthor !== comment.author)
    for (const userId of await ctx.safety.hiddenFrom(ctx.database.db, comment.postAuthor)) hidden.add(userId);
  ctx.live.broadcast(
    'comment.created',
    { id: comment.id, post: comment.post },
    (userId) => userId !== comment.author && !hidden.has(userId),
  );
}

/** A new post: `post.created` to live listeners, and its mentions (none for a hidden post). */
export async function onPostCreated(
  ctx: NotificationsContext,
  event: DomainEvents['post.created'],
): Promise<void> {
  if (event.hidden) return;
  await announcePost(ctx, event.publicId, event.authorId);
  ctx.relay.publish({ k: 'post', id: event.publicId, author: event.authorId });
  const facts = await contentFacts(ctx.database.db, 'post', event.publicId);
  if (facts === undefined || facts.hidden) return;
  await notifyMentions(
    ctx,
    facts.body,
    { authorId: event.authorId, anonymous: event.anonymous, post: event.publicId, comment: null },
    new Set(),
  );
}

/** A new comment: `comment.created` to live listeners, the post's author (`post.commented`), then its mentions. */
export async function onCommentCreated(
  ctx: NotificationsContext,
  event: DomainEvents['comment.created'],
): Promise<void> {
  const live = {
    id: event.publicId,
    post: event.postPublicId,
    author: event.authorId,
    postAuthor: event.postAuthorId,
  };
  await announceComment(ctx, live);
  ctx.relay.publish({ k: 'comment', ...live });
  const told = new Set<number>();
  if (event.postAuthorId !== null) {
    told.add(event.postAuthorId);
    await notify(ctx, {
      recipientId: event.postAuthorId,
      type: 'post.commented',
      actorId: event.authorId,
      actorHidden: event.anonymous,
      post: event.postPublicId,
      comment: event.publicId,
      fold: null,
    });
  }
  const facts = await contentFacts(ctx.database.db, 'comment', event.publicId);
  if (facts === undefined || facts.hidden) return;
  await notifyMentions(
    ctx,
    facts.body,
    {
      authorId: event.authorId,
      anonymous: event.anonymous,
      post: event.postPublicId,
      comment: event.publicId,
    },
    told,
  );
}

/** A like on a post: its author, folded per post per day; the liker is shown (likes are never anonymous). */
export async function onPostLiked(
  ctx: NotificationsContext,
  event: DomainEvents['post.liked'],
): Promise<void> {
  if (event.authorId === null) return;
  await notify(ctx, {
    recipientId: event.authorId,
    type: 'post.liked',
    actorId: event.actor.id,
    actorHidden: false,
    post: event.postPublicId,
    comment: null,
    fold: likeFold('post.liked', event.postPublicId),
  });
}

/** A like on a comment: its author, folded per comment per day. */
export async function onCommentLiked(
  ctx: NotificationsContext,
  event: DomainEvents['comment.liked'],
): Promise<void> {
  if (event.authorId === null) return;
  await notify(ctx, {
    recipientId: event.authorId,
    type: 'comment.liked',
    actorId: event.actor.id,
    actorHidden: false,
    post: event.postPublicId,
    comment: event.commentPublicId,
    fold: likeFold('comment.liked', event.commentPublicId),
  });
}

/**
 * Moderators hid or restored content: its author is told (no moderator named); on hiding, what
 * anyone else was told about it goes, since hidden content is shown to its author only.
 */
export async function onContentHidden(
  ctx: NotificationsContext,
  event: DomainEvents['content.hidden'],
): Promise<void> {
  const facts = await contentFacts(ctx.database.db, event.kind, event.publicId);
  if (facts === undefined) return;
  if (event.hidden) await deleteAboutContent(ctx.database.db, event.kind, event.publicId, facts.author_id);
  if (facts.author_id === null) return;
  await notify(ctx, {
    recipientId: facts.author_id,
    type: `${event.kind}.${event.hidden ? 'hidden' : 'restored'}`,
    actorId: null,
    actorHidden: true,
    post: facts.post_public_id,
    comment: event.kind === 'comment' ? event.publicId : null,
    fold: null,
  });
}

/** A report the user filed was closed: no detail of the action, no moderator named. */
export async function onReportClosed(
  ctx: NotificationsContext,
  event: DomainEvents['report.closed'],
): Promise<void> {
  if (event.reporterId === null) return;
  await notify(ctx, {
    recipientId: event.reporterId,
    type: 'report.closed',
    actorId: null,
    actorHidden: true,
    post: null,
    comment: null,
    fold: null,
  });
}
