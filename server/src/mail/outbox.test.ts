/**
 * The outbox on this run's dialect: claiming with a lease, retries with backoff, permanent
 * failures, the sent-once guarantee, a clean stop, and two workers (two connections to one
 * database, as two server processes have) never sending one message twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDatabase, RUN_DIALECT, testDatabase } from '../../test/helpers/database.ts';
import { eventually } from '../../test/helpers/smtp.ts';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { nowMicros } from '../lib/time.ts';
import {
  claimNextMessage,
  countOutboxByStatus,
  enqueueMessage,
  listOutbox,
  markRetry,
  markSent,
} from './outbox.repository.ts';
import { DEFAULT_WORKER_OPTIONS, OutboxWorker, retryDelayMs, wakeOutbox } from './outbox.worker.ts';
import { type MailTransport, type OutgoingMail, PermanentMailError } from './transports.ts';

const quiet = { warn() {}, error() {} };
const FAST = { pollIntervalMs: 20, baseDelayMs: 10, maxDelayMs: 40 };

/** A transport that records what it sends and fails while `failures` > 0. */
function recorder() {
  const sent: OutgoingMail[] = [];
  const state = { failures: 0, permanent: false, gate: null as Promise<void> | null };
  const transport: MailTransport = {
    name: 'console',
    async send(mail) {
      if (state.gate !== null) await state.gate;
      if (state.permanent) throw new PermanentMailError('550 mailbox unavailable');
      if (state.failures > 0) {
        state.failures -= 1;
        throw new Error('connect ECONNREFUSED 127.0.0.1:25');
      }
      sent.push(mail);
    },
    async close() {},
  };
  return { sent, state, transport };
}

const message = (n: number) => ({
  kind: 'test',
  to: `person${n}@example.com`,
  subject: `Message ${n}`,
  text: `secret link ${n}`,
  html: `<p>secret link ${n}</p>`,
});

let database: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ database, dispose } = await testDatabase());
});
afterAll(async () => dispose());

async function clear() {
  await database.db.deleteFrom('mail_outbox').execute();
}

describe('outbox repository', () => {
  it('a claimed message is not claimed again until its lease lapses', async () => {
    await clear();
    await enqueueMessage(database.db, message(1));
    const now = nowMicros();
    const first = await claimNextMessage(database, 60_000_000, now);
    expect(first?.to_address).toBe('person1@example.com');
    expect(first?.attempts).toBe(1);
    expect(await claimNextMessage(database, 60_000_000, now + 1)).toBeUndefined();
    const taken = await claimNextMessage(database, 60_000_000, now + 60_000_001);
    expect(taken?.attempts).toBe(2);
    // The first worker lost its lease: it can no longer record the outcome.
    expect(await markSent(database.db, first as NonNullable<typeof first>, '<a@b>')).toBe(false);
    expect(await markSent(database.db, taken as NonNullable<typeof taken>, '<a@b>')).toBe(true);
    expect(await claimNextMessage(database, 60_000_000, now + 120_000_000)).toBeUndefined();
  });

  it('a message waiting for a retry is due only at its time; sent messages lose their bodies', async () => {
    await clear();
    await enqueueMessage(database.db, message(2));
    const claimed = await claimNextMessage(database, 60_000_000);
    if (claimed === undefined) throw new Error('nothing claimed');
    const later = nowMicros() + 5_000_000;
    await markRetry(database.db, claimed, 'refused', later);
    expect(await claimNextMessage(database, 60_000_000)).toBeUndefined();
    const again = await claimNextMessage(database, 60_000_000, later);
    expect(again?.text_body).toBe('secret link 2');
    await markSent(database.db, again as NonNullable<typeof again>, '<x@y>');
    const row = await database.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', text_body: '', html_body: '', message_id: '<x@y>' });
    expect((await listOutbox(database.db, { status: 'sent' }))[0]).toMatchObject({
      attempts: 2,
      last_error: null,
    });
  });
});

describe('outbox worker', () => {
  it('retries with backoff until the transport works, then sends exactly once', async () => {
    await clear();
    const r = recorder();
    r.state.failures = 3;
    const worker = new OutboxWorker(database, r.transport, 'MentalMuse <noreply@example.com>', quiet, FAST);
    await enqueueMessage(database.db, message(3));
    worker.start();
    await eventually(async () => (await countOutboxByStatus(database.db)).sent === 1);
    await worker.stop();
    expect(r.sent).toHaveLength(1);
    expect(r.sent[0]).toMatchObject({ to: 'person3@example.com', from: 'MentalMuse <noreply@example.com>' });
    expect(r.sent[0]?.messageId).toMatch(/^<[0-9a-f]{32}@example\.com>$/);
    const [row] = await listOutbox(database.db);
    expect(row?.attempts).toBe(4);
  });

  it('a permanent refusal marks the message failed (visible, bodies gone) without retrying', async () => {
    await clear();
    const r = recorder();
    r.state.permanent = true;
    const worker = new OutboxWorker(database, r.transport, 'noreply@example.com', quiet, FAST);
    await enqueueMessage(database.db, message(4));
    worker.start();
    await eventually(async () => (await countOutboxByStatus(database.db)).failed === 1);
    await worker.stop();
    const row = await database.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', attempts: 1, text_body: '', html_body: '' });
    expect(row.last_error).toContain('550');
  });

  it('gives up on a message still failing after maxAgeMs', async () => {
    await clear();
    const r = recorder();
    r.state.failures = 1_000;
    const worker = new OutboxWorker(database, r.transport, 'noreply@example.com', quiet, {
      ...FAST,
      maxAgeMs: 0,
    });
    await enqueueMessage(database.db, message(5));
    worker.start();
    await eventually(async () => (await countOutboxByStatus(database.db)).failed === 1);
    await worker.stop();
    expect(r.sent).toHaveLength(0);
  });

  it('wakeOutbox delivers at once, without waiting for a poll', async () => {
    await clear();
    const r = recorder();
    const worker = new OutboxWorker(database, r.transport, 'noreply@example.com', quiet, {
      ...FAST,
      pollIntervalMs: 3_600_000,
    });
    worker.start();
    await eventually(async () => true);
    await enqueueMessage(database.db, message(6));
    wakeOutbox(database);
    await eventually(() => r.sent.length === 1, 5000);
    await worker.stop();
  });

  it('stop() lets the send in progress finish and be recorded', async () => {
    await clear();
    const r = recorder();
    let release = () => {};
    r.state.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const worker = new OutboxWorker(database, r.transport, 'noreply@example.com', quiet, FAST);
    await enqueueMessage(database.db, message(7));
    worker.start();
    await eventually(async () => (await countOutboxByStatus(database.db)).sending === 1);
    const stopped = worker.stop();
    release();
    await stopped;
    expect(r.sent).toHaveLength(1);
    expect((await countOutboxByStatus(database.db)).sent).toBe(1);
  });

  it('backoff doubles from the base, is capped, and jitters by at most 20 %', () => {
    const o = DEFAULT_WORKER_OPTIONS;
    expect(retryDelayMs(1, o, () => 0.5)).toBe(o.baseDelayMs);
    expect(retryDelayMs(2, o, () => 0.5)).toBe(o.baseDelayMs * 2);
    expect(retryDelayMs(50, o, () => 0.5)).toBe(o.maxDelayMs);
    expect(retryDelayMs(3, o, () => 0)).toBe(Math.round(o.baseDelayMs * 4 * 0.8));
    expect(retryDelayMs(3, o, () => 1)).toBe(Math.round(o.baseDelayMs * 4 * 1.2));
  });
});

describe('two workers on one database', () => {
  it('never send the same message twice', async () => {
    const first = await emptyDatabase(RUN_DIALECT === 'postgres' ? 'postgres' : 'sqlite-file');
    await migrateToLatest(first.database);
    // A second, independent connection (pool) to the same database: another server process.
    const { openDatabase } = await import('../db/database.ts');
    const second = openDatabase(first.config, { poolSize: 4 });
    try {
      const a = recorder();
      const b = recorder();
      const total = 60;
      for (let i = 0; i < total; i++) await enqueueMessage(first.database.db, message(i));
      const workers = [
        new OutboxWorker(first.database, a.transport, 'noreply@example.com', quiet, FAST),
        new OutboxWorker(second, b.transport, 'noreply@example.com', quiet, FAST),
      ];
      for (const worker of workers) worker.start();
      await eventually(() => a.sent.length + b.sent.length >= total, 30_000);
      await eventually(async () => (await countOutboxByStatus(first.database.db)).sent === total, 30_000);
      for (const worker of workers) await worker.stop();
      const recipients = [...a.sent, ...b.sent].map((m) => m.to);
      expect(recipients).toHaveLength(total);
      expect(new Set(recipients).size).toBe(total);
    } finally {
      await second.close();
      await first.dispose();
    }
  });
});
