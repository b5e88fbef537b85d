/**
 * The catalogue of domain events: what one module tells the others happened, so that the module
 * that acts never imports the modules that react (notifications, counters, audit, moderation).
 * Payloads carry internal keys for in-process subscribers and public ids for anything that
 * leaves the process; they never carry secrets or journal data.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RequestActor } from '../http/caller.ts';

/** The user who acted, as events record it. */
export interface EventActor {
  /** Internal user key. */
  id: number;
  /** Public id (32 hex). */
  publicId: string;
  /** True for moderators and admins acting on someone else's content. */
  staff: boolean;
}

/** Events published after their transaction committed; subscribers react, they cannot veto. */
export interface DomainEvents {
  /** A post was published. */
  'post.created': { postId: number; publicId: string; authorId: number; anonymous: boolean; hidden: boolean };
  /** A post was liked (not re-sent for an existing like). */
  'post.liked': { postId: number; postPublicId: string; authorId: number | null; actor: EventActor };
  /** A comment was published. */
  'comment.created': {
    commentId: number;
    publicId: string;
    postId: number;
    postPublicId: string;
    postAuthorId: number | null;
    authorId: number;
    /** True when the comment's author must not be revealed (an anonymous post's author). */
    anonymous: boolean;
  };
  /**
   * A new post or comment matches the crisis lexicon (API.md C2 "Care"): it is published as usual;
   * moderation files a system `crisis` report.
   */
  'content.crisis': {
    kind: 'post' | 'comment';
    publicId: string;
    postId: number;
    commentId: number | null;
  };
  /** A comment was liked (not re-sent for an existing like). */
  'comment.liked': {
    commentId: number;
    commentPublicId: string;
    postPublicId: string;
    authorId: number | null;
    actor: EventActor;
  };
  /** Moderators hid or restored a post or comment. */
  'content.hidden': { kind: 'post' | 'comment'; publicId: string; hidden: boolean };
  /** A moderator decided an author's appeal of a hiding: restored (visible again) or upheld. */
  'appeal.decided': { kind: 'post' | 'comment'; publicId: string; status: 'restored' | 'upheld' };
  /** A report was resolved or dismissed. */
  'report.closed': { reportPublicId: string; reporterId: number | null; status: 'resolved' | 'dismissed' };
  /** A sign-in from a device/IP pair this account had not used before (not its first sign-in). */
  'security.new_login': {
    /** Internal key of the user who signed in. */
    userId: number;
    /** Public id of the new session. */
    sessionId: string;
    /** The client's IP address. */
    ip: string | null;
    /** The client's user agent. */
    userAgent: string | null;
  };
  /** A login session was revoked (logout, deletion, deactivation, reuse detection), in this process. */
  'session.revoked': { sessionId: string };
}

/** Posts (with the comments beneath them) or single comments about to be deleted. */
export interface ContentDeleting {
  /** Internal keys of the posts being deleted. */
  postIds: readonly number[];
  /** Internal keys of the comments being deleted. */
  commentIds: readonly number[];
  /**
   * A staff member deleting someone else's content, which is a moderation action to audit; null
   * when authors delete their own content or their account.
   */
  moderation: null | {
    /** The moderator or admin, with where the request came from. */
    actor: RequestActor;
    /** What was deleted. */
    kind: 'post' | 'comment';
    /** Public ids recorded in the audit event. */
    details: Record<string, unknown>;
  };
}

/**
 * Events published inside a unit of work, before it commits: a participant's failure rolls the
 * whole change back. Used only where a rule must hold atomically across modules.
 */
export interface TransactionalEvents {
  /** Posts/comments are about to be deleted: moderation closes their reports and audits staff deletions. */
  'content.deleting': ContentDeleting;
}

/** The transaction a transactional event runs in. */
export type UnitOfWork = Transaction<DB>;
