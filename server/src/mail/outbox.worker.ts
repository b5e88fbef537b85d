/**
 * The outbox worker: runs inside every server process, claims due messages one at a time with
 * a lease, hands them to the transport and records the outcome. Failures are retried with
 * exponential backoff (with jitter) for `maxAgeMs`; a refusal a retry cannot fix (SMTP 5xx) or
 * a message older than that is marked `failed`. A request never waits for it: services queue
 * a row in their transaction and, after commit, wake the worker with {@link wakeOutbox}.
 */
import type { Database } from '../db/database.ts';
import { nowMicros } from '../lib/time.ts';
import {
  type ClaimedMessage,
  claimNextMessage,
  markFailed,
  markRetry,
  markSent,
  retryWaitingNow,
} from './outbox.repository.ts';
import { type MailTransport, PermanentMailError } from './transports.ts';

/** Timing of the worker; every value in milliseconds. */
export interface OutboxWorkerOptions {
  /** How often the outbox is checked without a wake-up (rows queued by other processes, retries). */
  pollIntervalMs: number;
  /** How long a claim lasts; longer than the slowest send can take (SMTP timeouts are 10 + 10 + 30 s). */
  leaseMs: number;
  /** Delay before the first retry; doubles with each attempt. */
  baseDelayMs: number;
  /** Longest delay between two attempts. */
  maxDelayMs: number;
  /** A message that still fails this long after it was queued is marked failed. */
  maxAgeMs: number;
}

/** Defaults: poll every 2 s, retry after 5 s, 10 s, 20 s … at most every 5 minutes, for 24 hours. */
export const DEFAULT_WORKER_OPTIONS: OutboxWorkerOptions = {
  pollIntervalMs: 2000,
  leaseMs: 120_000,
  baseDelayMs: 5000,
  maxDelayMs: 300_000,
  maxAgeMs: 86_400_000,
};

/** Where the worker reports problems (a pino logger fits). */
export interface WorkerLogger {
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

/** The delay before attempt `attempts + 1`, in milliseconds (exponential, capped, ±20 % jitter). */
export function retryDelayMs(attempts: number, options: OutboxWorkerOptions, random = Math.random): number {
  const exponential = options.baseDelayMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30);
  const capped = Math.min(options.maxDelayMs, exponential);
  return Math.round(capped * (0.8 + 0.4 * random()));
}

const workers = new WeakMap<Database, Set<OutboxWorker>>();

/** Wakes the workers of this process that serve a database; call after committing a queued message. */
export function wakeOutbox(database: Database): void {
  for (const worker of workers.get(database) ?? []) worker.nudge();
}

/** Delivers queued messages for one process. */
export class OutboxWorker {
  private readonly database: Database;
  private readonly transport: MailTransport;
  private readonly from: string;
  private readonly logger: WorkerLogger;
  private options: OutboxWorkerOptions;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;
  private stopping = false;
  private failing = false;

  /**
   * @param database the database whose outbox it serves
   * @param transport where messages go
   * @param from the `From` header (`DEFAULT_FROM_EMAIL`)
   * @param logger where failures are reported
   * @param options timing overrides
   */
  constructor(
    database: Database,
    transport: MailTransport,
    from: string,
    logger: WorkerLogger,
    options: Partial<OutboxWorkerOptions> = {},
  ) {
    this.database = database;
    this.transport = transport;
    this.from = from;
    this.logger = logger;
    this.options = { ...DEFAULT_WORKER_OPTIONS, ...options };
  }

  /** Changes timing while running (tests shorten the backoff; operators never need to). */
  tune(options: Partial<OutboxWorkerOptions>): void {
    this.options = { ...this.options, ...options };
    if (this.started && !this.stopping) this.nudge();
  }

  /** Starts delivering: at once (messages left by a previous run), then on wake-ups and polls. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const set = workers.get(this.database) ?? new Set();
    set.add(this);
    workers.set(this.database, set);
    this.nudge();
  }

  /** Asks for a pass over the outbox soon; a pass already running loops once more. */
  nudge(): void {
    if (!this.started || this.stopping) return;
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** Stops after the send in progress (if any) has finished and been recorded. */
  async stop(): Promise<void> {
    this.stopping = true;
    workers.get(this.database)?.delete(this);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Delivers every message due now; resolves to how many were handled. Used by the loop and tests. */
  async drain(): Promise<number> {
    let handled = 0;
    while (!this.stopping) {
      const message = await claimNextMessage(this.database, this.options.leaseMs * 1000);
      if (message === undefined) break;
      await this.deliver(message);
      handled += 1;
    }
    return handled;
  }

  private schedule(delayMs: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pass(), delayMs);
    this.timer.unref();
  }

  private pass(): void {
    this.timer = null;
    if (this.stopping || this.running !== null) return;
    this.again = false;
    this.running = this.drain()
      .then(
        () => {},
        (error: unknown) => this.logger.error({ err: error }, 'mail outbox pass failed'),
      )
      .finally(() => {
        this.running = null;
        if (this.stopping) return;
        this.schedule(this.again ? 0 : this.options.pollIntervalMs);
      });
  }

  private async deliver(message: ClaimedMessage): Promise<void> {
    const messageId = `<${message.public_id}@${domainOf(this.from)}>`;
    try {
      await this.transport.send({
        from: this.from,
        to: message.to_address,
        subject: message.subject,
        text: message.text_body,
        html: message.html_body,
        messageId,
        ...(message.list_unsubscribe === null
          ? {}
          : {
              headers: {
                'List-Unsubscribe': `<${message.list_unsubscribe}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              },
            }),
      });
    } catch (error) {
      await this.recordFailure(message, error);
      return;
    }
    // Recorded before anything else can fail, so a sent message is never claimed again.
    await markSent(this.database.db, message, messageId);
    if (this.failing) {
      this.failing = false;
      // The server answers again: everything waiting out a backoff may go now.
      await retryWaitingNow(this.database.db);
    }
  }

  private async recordFailure(message: ClaimedMessage, error: unknown): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    const now = nowMicros();
    const ageMs = (now - message.created) / 1000;
    const info = { message: message.public_id, kind: message.kind, attempts: message.attempts, reason };
    if (error instanceof PermanentMailError || ageMs >= this.options.maxAgeMs) {
      await markFailed(this.database.db, message, reason);
      this.logger.error(info, 'mail delivery failed for good');
      return;
    }
    this.failing = true;
    const next = now + retryDelayMs(message.attempts, this.options) * 1000;
    await markRetry(this.database.db, message, reason, next);
    this.logger.warn(info, 'mail delivery failed; will retry');
  }
}

function domainOf(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'localhost';
}
