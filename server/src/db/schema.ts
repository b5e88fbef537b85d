/**
 * Table types for Kysely. Timestamps are BIGINT microseconds since the Unix epoch on both
 * dialects (the app generates them; see docs/operations.md), booleans are booleans on both (SQLite
 * stores 0/1; its dialect turns them back, see `COMPUTED_BOOLEANS`), and internal integer keys
 * never leave the server.
 */
import type { ColumnType, Generated } from 'kysely';

/**
 * Result columns computed by queries (not stored) that are booleans: the SQLite dialect turns
 * their 0/1 into booleans as it does for stored boolean columns.
 */
export const COMPUTED_BOOLEANS = ['liked', 'target_hidden'] as const;

/** Privilege level; the only source of truth for `is_staff` / `is_superuser`. */
export type Role = 'user' | 'moderator' | 'admin';

/** `users`: people with an account. */
export interface UsersTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** Username as typed at registration. */
  username: string;
  /** NFKC-lowercased username: unique, so usernames are unique case-insensitively. */
  username_normalized: string;
  /** E-mail address as given. */
  email: string;
  /** Lowercased e-mail address: unique, so addresses are unique case-insensitively. */
  email_normalized: string;
  /** Given name, may be empty. */
  first_name: string;
  /** Family name, may be empty. */
  last_name: string;
  /** Free text about the user, may be empty. */
  bio: string;
  /** Avatar file name under `DATA_DIR/media`, or null for the default avatar. */
  avatar: string | null;
  /** Privilege level. */
  role: Role;
  /** Inactive users cannot log in and their tokens stop working. */
  is_active: boolean;
  /** Whether the e-mail address has been confirmed. */
  email_verified: boolean;
  /** Argon2id PHC string. Selected only by the auth repository. */
  password: string;
  /** Last successful login, microseconds, or null. */
  last_login: number | null;
  /** Creation time, microseconds. */
  created: number;
  /** Last change, microseconds. */
  updated: number;
}

/** `security_events`: the append-only audit trail of security-relevant actions. */
export interface SecurityEventsTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** The user the event concerns, or null (e.g. a failed login for an unknown name). */
  user_id: number | null;
  /** Staff member who acted on someone else (admin and moderation actions); null otherwise. */
  actor_id: Generated<number | null>;
  /** Stable machine name, e.g. `login.success`, `token.reuse`, `admin.set_role`. */
  type: string;
  /** Client IP address as seen by the server (after `TRUST_PROXY`). */
  ip: string | null;
  /** Client `User-Agent`, truncated. */
  user_agent: string | null;
  /** JSON object with event-specific details (never secrets). */
  details: string;
  /** When it happened, microseconds. */
  created: number;
}

/** `sessions`: one row per login (a refresh token family). */
export interface SessionsTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters; the `sid` claim of access tokens. */
  public_id: string;
  /** The user who logged in. */
  user_id: number;
  /** Client `User-Agent` at login, truncated to 512 characters. */
  user_agent: string | null;
  /** Client IP address of the latest use. */
  ip: string | null;
  /** Login time, microseconds. */
  created: number;
  /** Latest login or refresh, microseconds. */
  last_used: number;
  /** When the refresh tokens of this session stop working, microseconds. */
  expires: number;
  /** When the session was revoked (logout, reuse, deletion), microseconds, or null. */
  revoked_at: number | null;
  /** Why it was revoked: `logout`, `logout_all`, `deleted`, `reuse`, ... */
  revoked_reason: string | null;
}

/** `refresh_tokens`: every refresh token a session has issued, by hash only. */
export interface RefreshTokensTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** The session (token family) it belongs to. */
  session_id: number;
  /** Hex SHA-256 of the opaque token; the token itself is never stored. */
  token_hash: string;
  /** When it was issued, microseconds. */
  created: number;
  /** When it was exchanged for a successor, microseconds; null while it is the live token. */
  rotated_at: number | null;
}

/** `posts`: community posts. */
/** How many posts exist (one row, id 1), kept exact by triggers on `posts` (migration 0020). */
export interface PostCountsTable {
  /** Always 1. */
  id: number;
  /** Every post, hidden ones included. */
  total: number;
  /** Posts not hidden by moderators. */
  visible: number;
}

export interface PostsTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** The author; null once the author's account was deleted in "anonymise" mode. */
  author_id: number | null;
  /** The text of the post. */
  body: string;
  /** The author's mood when posting, 1 (low) to 5 (high), or null. */
  mood: number | null;
  /** Content warning (at most 100 characters), or null; clients blur such posts until tapped. */
  content_warning: string | null;
  /** Author hidden from everyone but the author and moderators. */
  anonymous: Generated<boolean>;
  /** Hidden by a moderator: seen only by the author and moderators. */
  hidden: Generated<boolean>;
  /** Set once the author has changed the post. */
  edited: Generated<boolean>;
  /** Denormalised number of likes, kept in step by the like/unlike transaction. */
  likes_count: Generated<number>;
  /** Denormalised number of comments that are not hidden, kept in step with them. */
  comments_count: Generated<number>;
  /** Creation time, microseconds. */
  created: number;
  /** Last change, microseconds. */
  updated: number;
}

/** `comments`: comments on posts. */
export interface CommentsTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** The post commented on. */
  post_id: number;
  /** The author; null once the author's account was deleted in "anonymise" mode. */
  author_id: number | null;
  /** The text of the comment. */
  body: string;
  /** Hidden by a moderator: seen only by the author and moderators. */
  hidden: Generated<boolean>;
  /** Set once the author has changed the comment. */
  edited: Generated<boolean>;
  /** Denormalised number of likes, kept in step by the like/unlike transaction. */
  likes_count: Generated<number>;
  /** Creation time, microseconds. */
  created: number;
  /** Last change, microseconds. */
  updated: number;
}

/** `post_likes`: who liked which post (one row per user and post). */
export interface PostLikesTable {
  /** The post liked. */
  post_id: number;
  /** The user who liked it. */
  user_id: number;
  /** When, microseconds. */
  created: number;
}

/** `comment_likes`: who liked which comment (one row per user and comment). */
export interface CommentLikesTable {
  /** The comment liked. */
  comment_id: number;
  /** The user who liked it. */
  user_id: number;
  /** When, microseconds. */
  created: number;
}

/** Why something was reported. */
export type ReportReason = 'spam' | 'harassment' | 'hate' | 'self_harm' | 'misinformation' | 'other';
/** Who filed a report: a member, or the system for text matching the crisis lexicon (API.md C2). */
export type ReportOrigin = 'member' | 'crisis';
/** Where a report stands. */
export type ReportStatus = 'open' | 'resolved' | 'dismissed';
/** What a moderator did when resolving a report. */
export type ReportAction = 'none' | 'hide' | 'delete';

/** `reports`: users flagging posts or comments for moderators. */
export interface ReportsTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** Who reported; null once that account was deleted. */
  reporter_id: number | null;
  /** What kind of item was reported. */
  target_type: 'post' | 'comment';
  /** Public id of the reported item; kept when the item is deleted. */
  target_public_id: string;
  /** The reported post, or the post of the reported comment; null once deleted. */
  post_id: number | null;
  /** The reported comment; null for post reports or once deleted. */
  comment_id: number | null;
  /** Why it was reported. */
  reason: ReportReason;
  /** `member` (someone filed it) or `crisis` (the system, for text matching the crisis lexicon; shown with reason `crisis`). */
  origin: Generated<ReportOrigin>;
  /** Optional free text from the reporter (may be empty). */
  text: Generated<string>;
  /** open, resolved or dismissed; at most one open report per reporter and item. */
  status: Generated<ReportStatus>;
  /** What the moderator did on resolving, or null while open or when dismissed. */
  action: ReportAction | null;
  /** The moderator who resolved or dismissed it. */
  resolver_id: number | null;
  /** Creation time, microseconds. */
  created: number;
  /** Last change, microseconds. */
  updated: number;
  /** When it was resolved or dismissed, microseconds, or null while open. */
  resolved_at: number | null;
}

/** `journal_checkins`: mood check-ins, private to their owner. */
export interface JournalCheckinsTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** The owner; every query filters on it. */
  user_id: number;
  /** Mood, 1 (very low) to 5 (very good). */
  score: number;
  /** JSON array of emotion tags (built-in or the owner's own), in clear for insights. */
  emotions: string;
  /** JSON array of activity / factor tags (built-in or the owner's own), in clear for insights. */
  activities: string;
  /** The note as base64 AES-256-GCM ciphertext (nonce ‖ ciphertext ‖ tag), or null for no note. */
  note_ciphertext: string | null;
  /** Id of the journal key that encrypted the note, or null without a note. */
  key_id: string | null;
  /** When the mood was felt (may be back-dated), microseconds. */
  occurred_at: number;
  /** Creation time, microseconds. */
  created: number;
  /** Last change, microseconds. */
  updated: number;
  /** The UUID the creating client gave it (offline queue retries), unique per owner, or null. */
  client_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** `journal_entries`: free-text journal entries, private to their owner. */
export interface JournalEntriesTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** The owner; every query filters on it. */
  user_id: number;
  /** The owner's check-in this entry is about, or null. */
  checkin_id: number | null;
  /** The title as base64 AES-256-GCM ciphertext, or null for no title. */
  title_ciphertext: string | null;
  /** The body as base64 AES-256-GCM ciphertext. */
  body_ciphertext: string;
  /** Id of the journal key that encrypted title and body. */
  key_id: string;
  /** Creation time, microseconds. */
  created: number;
  /** Last change, microseconds. */
  updated: number;
  /** The UUID the creating client gave it (offline queue retries), unique per owner, or null. */
  client_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A day of the week a reminder may go out on. */
export type ReminderDay = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** `journal_reminders`: a user's check-in reminder e-mail settings and schedule (API.md C4). */
export interface JournalRemindersTable {
  /** The user (one row each). */
  user_id: number;
  /** Whether reminders go out. */
  enabled: boolean;
  /** Local time of day, `HH:MM` (24-hour). */
  time: string;
  /** IANA time zone the time is read in. */
  tz: string;
  /** Comma-separated days (`mon,tue,…`), in week order. */
  days: string;
  /** When the next reminder is due, microseconds; null while reminders are off. */
  next_due: number | null;
  /** The local date (`YYYY-MM-DD`) of the last reminder sent, or null. */
  last_sent_on: string | null;
  /** Creation time, microseconds. */
  created: number;
  /** Last change, microseconds. */
  updated: number;
}

/** Where an outbox message stands. */
export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** `mail_outbox`: every outgoing message, written in the transaction that causes it. */
export interface MailOutboxTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters (also the Message-ID's local part). */
  public_id: string;
  /** Template name, e.g. `verify_email`, `password_reset`. */
  kind: string;
  /** Recipient address. */
  to_address: string;
  /** Subject line. */
  subject: string;
  /** Plain-text body; emptied once sent or failed (it may hold a single-use link). */
  text_body: string;
  /** HTML body; emptied once sent or failed. */
  html_body: string;
  /** pending → sending (leased) → sent, or back to pending for a retry, or failed for good. */
  status: Generated<MailStatus>;
  /** Delivery attempts so far (counted when a worker claims the row). */
  attempts: Generated<number>;
  /** Earliest time of the next attempt, microseconds. */
  next_attempt_at: number;
  /** Random id of the claim holding the row, or null. */
  lease_id: string | null;
  /** When the claim lapses and another worker may take the row, microseconds. */
  lease_until: number | null;
  /** The latest delivery error (never a secret), or null. */
  last_error: string | null;
  /** Message-ID header the message was sent with. */
  message_id: string | null;
  /** When it was queued, microseconds. */
  created: number;
  /** When the mail server accepted it, microseconds, or null. */
  sent_at: number | null;
  /** One-click unsubscribe URL for the `List-Unsubscribe` header (RFC 8058), or null; emptied once sent. */
  list_unsubscribe: ColumnType<string | null, string | null | undefined, string | null>;
}

/** What an e-mail key proves. */
export type EmailKeyPurpose = 'verify_email' | 'change_email' | 'password_reset';

/** `email_keys`: single-use keys sent by e-mail, stored by hash only. */
export interface EmailKeysTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** The user the key belongs to. */
  user_id: number;
  /** What the key is for. */
  purpose: EmailKeyPurpose;
  /** Hex SHA-256 of the key; the key itself is never stored. */
  key_hash: string;
  /** The address the key was sent to (the new address for an e-mail change). */
  email: string;
  /** Password reset keys: hash of the password hash at issue time, so any password change voids them. */
  password_fingerprint: string | null;
  /** Issue time, microseconds. */
  created: number;
  /** When the key stops working, microseconds. */
  expires: number;
  /** When it was used (or voided), microseconds, or null while usable. */
  used_at: number | null;
}

/** `notifications`: what a user is told about (API.md C1); likes folded per target per day. */
export interface NotificationsTable {
  /** Internal key. */
  id: Generated<number>;
  /** Public id (32 hex). */
  public_id: string;
  /** Who is told. */
  recipient_id: number;
  /** Notification type (`post.commented`, `post.liked`, …). */
  type: string;
  /** Who acted (the latest liker of a fold); null when hidden (anonymous author) or a system notice. */
  actor_id: number | null;
  /** The post concerned, if any. */
  post_public_id: string | null;
  /** The comment concerned, if any. */
  comment_public_id: string | null;
  /** How many events are folded in (likes of one target on one day). */
  count: Generated<number>;
  /** Folding key (type, target, day) or null for notifications that never fold. */
  fold_key: string | null;
  /** Read by the recipient. */
  read: Generated<boolean>;
  /** When it was created or last folded into (microseconds). */
  created: number;
}

/** `notification_preferences`: per-type delivery and the e-mail digest of one user. */
export interface NotificationPreferencesTable {
  /** The user. */
  user_id: number;
  /** JSON of the per-type settings that differ from the defaults. */
  types: Generated<string>;
  /** E-mail digest frequency. */
  email_digest: Generated<'off' | 'daily' | 'weekly'>;
  /** IANA time zone of the digest's local morning. */
  timezone: Generated<string>;
  /** When the next digest is due (microseconds); null while the digest is off. */
  digest_due: number | null;
  /** The digest lists notifications created after this (microseconds); null: one period back. */
  digest_since: number | null;
  /** Last change (microseconds). */
  updated: number;
}

/** `blocks`: who blocked whom (API.md C2); each hides the other's content from both. */
export interface BlocksTable {
  /** The user who blocked. */
  blocker_id: number;
  /** The user blocked. */
  blocked_id: number;
  /** When, microseconds. */
  created: number;
}

/** `mutes`: who muted whom; hides the muted user's content from the muter only. */
export interface MutesTable {
  /** The user who muted. */
  muter_id: number;
  /** The user muted. */
  muted_id: number;
  /** When, microseconds. */
  created: number;
}

/** What a personal filter does with matching content. */
export type FilterAction = 'hide' | 'warn';

/** `filter_words`: one row per user with personal filter words. */
export interface FilterWordsTable {
  /** The user whose filter this is. */
  user_id: number;
  /** The words as a JSON array of strings (at most 50). */
  words: string;
  /** `hide` leaves matching items out of lists; `warn` marks them `filtered`. */
  action: FilterAction;
  /** Last change, microseconds. */
  updated: number;
}

/** Where an author's appeal of a hiding stands. */
export type AppealStatus = 'open' | 'upheld' | 'restored';

/** `content_hidings`: each time a moderator hid a post or comment, why, and the author's one appeal. */
export interface ContentHidingsTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters (the appeal's id in the moderation queue). */
  public_id: string;
  /** What kind of item was hidden. */
  target_type: 'post' | 'comment';
  /** The hidden post, or the post of the hidden comment. */
  post_id: number;
  /** The hidden comment; null for posts. */
  comment_id: number | null;
  /** Why it was hidden (one of the report reasons). */
  reason: ReportReason;
  /** The moderator's note to the author (may be empty). */
  note: Generated<string>;
  /** The moderator who hid it; null once that account was deleted. */
  moderator_id: number | null;
  /** When it was hidden, microseconds. */
  hidden_at: number;
  /** The author's appeal: null until they appeal, then open, upheld or restored. */
  appeal_status: AppealStatus | null;
  /** The author's message with the appeal. */
  appeal_message: string | null;
  /** When the author appealed, microseconds. */
  appeal_created: number | null;
  /** When a moderator decided the appeal, microseconds. */
  appeal_decided_at: number | null;
  /** Who decided it. */
  appeal_decider_id: number | null;
}

/** `account_deletions`: accounts deactivated by their owner and deleted when the grace period ends. */
export interface AccountDeletionsTable {
  /** The account (one pending deletion each). */
  user_id: number;
  /** What happens to the posts and comments then. */
  content: 'delete' | 'anonymise';
  /** Hex SHA-256 of the single-use restore key sent by e-mail. */
  key_hash: string;
  /** When the job deletes the account, microseconds. */
  scheduled_for: number;
  /** When it was asked for, microseconds. */
  created: number;
}

/** `journal_tags`: custom emotion and activity tags a person saved (private, like the journal). */
export interface JournalTagsTable {
  /** Internal key, never exposed. */
  id: Generated<number>;
  /** Public UUID as 32 lowercase hex characters. */
  public_id: string;
  /** The owner. */
  user_id: number;
  /** emotion or activity. */
  kind: 'emotion' | 'activity';
  /** The normalised tag (as check-ins store it). */
  name: string;
  /** When it was saved, microseconds. */
  created: number;
}

/** The whole database as Kysely sees it. */
export interface DB {
  users: UsersTable;
  security_events: SecurityEventsTable;
  sessions: SessionsTable;
  refresh_tokens: RefreshTokensTable;
  posts: PostsTable;
  post_counts: PostCountsTable;
  comments: CommentsTable;
  post_likes: PostLikesTable;
  comment_likes: CommentLikesTable;
  reports: ReportsTable;
  journal_checkins: JournalCheckinsTable;
  journal_entries: JournalEntriesTable;
  journal_reminders: JournalRemindersTable;
  mail_outbox: MailOutboxTable;
  email_keys: EmailKeysTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  blocks: BlocksTable;
  mutes: MutesTable;
  filter_words: FilterWordsTable;
  content_hidings: ContentHidingsTable;
  account_deletions: AccountDeletionsTable;
  journal_tags: JournalTagsTable;
  user_identities: UserIdentitiesTable;
  oidc_flows: OidcFlowsTable;
  live_tickets: LiveTicketsTable;
  mfa_totp: MfaTotpTable;
  mfa_totp_steps: MfaTotpStepsTable;
  mfa_recovery_codes: MfaRecoveryCodesTable;
  mfa_login_tokens: MfaLoginTokensTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
}

/** `user_identities`: an OpenID Connect provider's subject linked to an account. */
export interface UserIdentitiesTable {
  /** Internal id. */
  id: Generated<number>;
  /** Public id (32 hex) used in URLs. */
  public_id: string;
  /** The account it signs in to. */
  user_id: number;
  /** Provider id from `OIDC_PROVIDERS`. */
  provider: string;
  /** The provider's `sub` claim: stable and unique per provider. */
  subject: string;
  /** The address the provider reported when it was linked (shown to the user only). */
  email: Generated<string>;
  /** When it was linked (µs). */
  created: number;
  /** Last sign-in through it (µs). */
  last_used: number;
}

/** `oidc_flows`: a pending provider sign-in, consumed once by its callback. */
export interface OidcFlowsTable {
  /** Internal id. */
  id: Generated<number>;
  /** SHA-256 (hex) of the `state` sent to the provider. */
  state_hash: string;
  /** Provider id from `OIDC_PROVIDERS`. */
  provider: string;
  /** The `nonce` the ID token must carry. */
  nonce: string;
  /** The PKCE code verifier. */
  code_verifier: string;
  /** The redirect URI sent to the provider (the token request repeats it). */
  redirect_uri: string;
  /** Same-origin path of the SPA to land on afterwards. */
  next: string;
  /** When it started (µs). */
  created: number;
  /** When it stops being accepted (µs). */
  expires: number;
}

/** `live_tickets`: a single-use ticket for the live event stream, valid on every server process. */
export interface LiveTicketsTable {
  /** Internal id. */
  id: Generated<number>;
  /** SHA-256 (hex) of the ticket. */
  ticket_hash: string;
  /** The user it opens a stream for. */
  user_id: number;
  /** The login session behind it (the stream closes when that session is revoked), or null. */
  session_id: string | null;
  /** When it stops being accepted (µs). */
  expires: number;
}

/** `mfa_totp`: an account's authenticator-app secret (one per account). */
export interface MfaTotpTable {
  /** The account. */
  user_id: number;
  /** The base32 secret, AES-256-GCM under the journal key ring (see `journal/crypto.ts`). */
  secret_ciphertext: string;
  /** Id of the key that encrypted it. */
  key_id: string;
  /** False between setup and the first correct code; only a confirmed secret is a factor. */
  confirmed: Generated<boolean>;
  /** When it was set up (µs). */
  created: number;
}

/** `mfa_totp_steps`: TOTP time steps already accepted for an account (replay refusal). */
export interface MfaTotpStepsTable {
  /** The account. */
  user_id: number;
  /** The 30-second step number of the accepted code. */
  step: number;
}

/** `mfa_recovery_codes`: single-use recovery codes, stored as keyed hashes (HMAC-SHA-256). */
export interface MfaRecoveryCodesTable {
  /** Internal id. */
  id: Generated<number>;
  /** The account. */
  user_id: number;
  /** HMAC-SHA-256 (hex) of the normalised code under a key derived from the installation secret. */
  code_hash: string;
  /** When it was issued (µs). */
  created: number;
  /** When it was used (µs); null while still usable. */
  used_at: number | null;
}

/** `mfa_login_tokens`: the pending second step of a login (hashed, five minutes, five wrong codes). */
export interface MfaLoginTokensTable {
  /** Internal id. */
  id: Generated<number>;
  /** SHA-256 (hex) of the token handed to the client. */
  token_hash: string;
  /** The account whose password was right. */
  user_id: number;
  /** The identifier typed at login (the throttle key shared with password failures). */
  identifier: string;
  /** Wrong codes so far; the token dies at five. */
  failures: Generated<number>;
  /** When it was issued (µs). */
  created: number;
  /** When it stops being accepted (µs). */
  expires: number;
  /** When it was used up (µs); null while pending. */
  used_at: number | null;
}

/** `passkeys`: WebAuthn credentials registered to an account. */
export interface PasskeysTable {
  /** Internal id. */
  id: Generated<number>;
  /** Public id (32 hex) used in URLs. */
  public_id: string;
  /** The account. */
  user_id: number;
  /** The credential id, base64url. */
  credential_id: string;
  /** The COSE public key, base64url. */
  public_key: string;
  /** The authenticator's signature counter as last seen. */
  counter: number;
  /** JSON array of transports the authenticator reported. */
  transports: string;
  /** The credential may be synced to other devices (BE flag). */
  backup_eligible: boolean;
  /** The credential is backed up / synced now (BS flag). */
  backup_state: boolean;
  /** The name its owner gave it. */
  name: string;
  /** When it was registered (µs). */
  created: number;
  /** Last sign-in with it (µs), or null. */
  last_used: number | null;
}

/** `webauthn_challenges`: challenges handed out and not yet answered (single use). */
export interface WebauthnChallengesTable {
  /** Internal id. */
  id: Generated<number>;
  /** The challenge, base64url. */
  challenge: string;
  /** `register` or `login`. */
  purpose: string;
  /** The account registering (null for a passwordless login). */
  user_id: number | null;
  /** When it was issued (µs). */
  created: number;
  /** When it stops being accepted (µs). */
  expires: number;
}
