/**
 * SQL for the mail outbox. A message is inserted in the caller's transaction; workers claim one
 * due row at a time with a lease (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent workers
 * pass over each other's rows; SQLite: the single `UPDATE … RETURNING` is atomic because SQLite
 * serialises writers). Every later write names the lease, so a worker whose lease lapsed and
 * was taken over can no longer change the row.
 */
import type { Database, Executor } from '../db/database.ts';
import type { MailStatus } from '../db/schema.ts';
import { newPublicId } from '../lib/ids.ts';
import { nowMicros } from '../lib/time.ts';

/** A message to queue. */
export interface NewOutboxMessage {
  /** Template name, e.g. `verify_email`. */
  kind: string;
  /** Recipient address. */
  to: string;
  /** Subject line. */
  subject: string;
  /** Plain-text body. */
  text: string;
  /** HTML body. */
  html: string;
  /** One-click unsubscribe URL (RFC 8058): sent as `List-Unsubscribe` with `List-Unsubscribe-Post`. */
  listUnsubscribe?: string;
}

/** A row a worker has claimed. */
export interface ClaimedMessage {
  id: number;
  public_id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  list_unsubscribe: string | null;
  attempts: number;
  created: number;
  lease_id: string;
}

/** An outbox row as listed to operators and admins (no bodies). */
export interface OutboxSummary {
  public_id: string;
  kind: string;
  to_address: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created: number;
  sent_at: number | null;
}

/** Queues a message; pass the transaction of the change that causes it. */
export async function enqueueMessage(db: Executor, message: NewOutboxMessage): Promise<string> {
  const now = nowMicros();
  const publicId = newPublicId();
  await db
    .insertInto('mail_outbox')
    .values({
      public_id: publicId,
      kind: message.kind,
      to_address: message.to,
      subject: message.subject.slice(0, 255),
      text_body: message.text,
      html_body: message.html,
      list_unsubscribe: message.listUnsubscribe ?? null,
      next_attempt_at: now,
      lease_id: null,
      lease_until: null,
      last_error: null,
      message_id: null,
      created: now,
      sent_at: null,
    })
    .execute();
  return publicId;
}

/**
 * Claims the oldest due message: pending and due, or `sending` with a lapsed lease (its worker
 * died). Counts the attempt and returns the row, or undefined when nothing is due.
 */
export async function claimNextMessage(
  database: Database,
  leaseMicros: number,
  now = nowMicros(),
): Promise<ClaimedMessage | undefined> {
  const leaseId = newPublicId();
  const db = database.db;
  const row = await db
    .updateTable('mail_outbox')
    .set((eb) => ({
      status: 'sending',
      lease_id: leaseId,
      lease_until: now + leaseMicros,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', (eb) => {
      const due = eb
        .selectFrom('mail_outbox')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'pending'), w('next_attempt_at', '<=', now)]),
            w.and([w('status', '=', 'sending'), w('lease_until', '<=', now)]),
          ]),
        )
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(1);
      return database.dialect === 'postgres' ? due.forUpdate().skipLocked() : due;
    })
    .returning([
      'id',
      'public_id',
      'kind',
      'to_address',
      'subject',
      'text_body',
      'html_body',
      'list_unsubscribe',
      'attempts',
      'created',
    ])
    .executeTakeFirst();
  return row === undefined ? undefined : { ...row, attempts: Number(row.attempts), lease_id: leaseId };
}

/**
 * Marks a claimed message sent and empties its bodies (they may hold a single-use link).
 * False when the lease was lost.
 */
export async function markSent(
  db: Executor,
  message: ClaimedMessage,
  messageId: string,
  now = nowMicros(),
): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({
      status: 'sent',
      sent_at: now,
      message_id: messageId,
      text_body: '',
      html_body: '',
      list_unsubscribe: null,
      lease_id: null,
      lease_until: null,
      last_error: null,
    })
    .where('id', '=', message.id)
    .where('lease_id', '=', message.lease_id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts a claimed message back for another attempt at `nextAttemptAt`. */
export async function markRetry(
  db: Executor,
  message: ClaimedMessage,
  error: string,
  nextAttemptAt: number,
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({
      status: 'pending',
      next_attempt_at: nextAttemptAt,
      last_error: error.slice(0, 1000),
      lease_id: null,
      lease_until: null,
    })
    .where('id', '=', message.id)
    .where('lease_id', '=', message.lease_id)
    .execute();
}

/** Gives up on a message for good (kept, without bodies, for admins to see). */
export async function markFailed(db: Executor, message: ClaimedMessage, error: string): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({
      status: 'failed',
      last_error: error.slice(0, 1000),
      text_body: '',
      html_body: '',
      list_unsubscribe: null,
      lease_id: null,
      lease_until: null,
    })
    .where('id', '=', message.id)
    .where('lease_id', '=', message.lease_id)
    .execute();
}

/** Makes messages waiting for a retry due now (the mail server answered again). */
export async function retryWaitingNow(db: Executor, now = nowMicros()): Promise<number> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ next_attempt_at: now })
    .where('status', '=', 'pending')
    .where('attempts', '>', 0)
    .where('next_attempt_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Messages by status, newest first (operators' and admins' view; bodies are never listed). */
export async function listOutbox(
  db: Executor,
  filter: { status?: MailStatus; limit?: number; offset?: number } = {},
): Promise<OutboxSummary[]> {
  let query = db
    .selectFrom('mail_outbox')
    .select([
      'public_id',
      'kind',
      'to_address',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'created',
      'sent_at',
    ]);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query
    .orderBy('created', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
}

/** How many messages are in each status. */
export async function countOutboxByStatus(db: Executor): Promise<Record<MailStatus, number>> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<MailStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}
