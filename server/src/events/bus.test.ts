/** The event bus: subscribers run in order after commit and cannot fail the publisher; participants can. */
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/helpers/database.ts';
import { EventBus } from './bus.ts';

function recordingLog() {
  const errors: { details: Record<string, unknown>; message: string }[] = [];
  return {
    errors,
    log: { error: (details: Record<string, unknown>, message: string) => errors.push({ details, message }) },
  };
}

describe('EventBus', () => {
  it('tells every subscriber in subscription order, and stops telling one that unsubscribed', async () => {
    const { log } = recordingLog();
    const bus = new EventBus(log);
    const seen: string[] = [];
    bus.on('session.revoked', (e) => {
      seen.push(`a:${e.sessionId}`);
    });
    const off = bus.on('session.revoked', async (e) => {
      seen.push(`b:${e.sessionId}`);
    });
    await bus.publish('session.revoked', { sessionId: 's1' });
    off();
    await bus.publish('session.revoked', { sessionId: 's2' });
    expect(seen).toEqual(['a:s1', 'b:s1', 'a:s2']);
  });

  it('logs a failing subscriber and still tells the next one; the publisher sees no error', async () => {
    const { log, errors } = recordingLog();
    const bus = new EventBus(log);
    const seen: string[] = [];
    bus.on('session.revoked', () => {
      throw new Error('boom');
    });
    bus.on('session.revoked', (e) => {
      seen.push(e.sessionId);
    });
    await expect(bus.publish('session.revoked', { sessionId: 's' })).resolves.toBeUndefined();
    expect(seen).toEqual(['s']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.details.event).toBe('session.revoked');
  });

  it('runs participants inside the transaction: a failure rolls the whole unit of work back', async () => {
    const { database, dispose } = await testDatabase();
    try {
      const bus = new EventBus(recordingLog().log);
      const seenInside: number[] = [];
      bus.participate('content.deleting', async (trx, e) => {
        const row = await trx
          .selectFrom('security_events')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        seenInside.push(Number(row.n));
        if (e.postIds.includes(13)) throw new Error('refused');
      });
      const write = (postId: number) =>
        database.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('security_events')
            .values({
              public_id: `${postId}`.padStart(32, '0'),
              user_id: null,
              type: 'test',
              ip: null,
              user_agent: null,
              details: '{}',
              created: postId,
            })
            .execute();
          await bus.publishIn(trx, 'content.deleting', {
            postIds: [postId],
            commentIds: [],
            moderation: null,
          });
        });
      await write(1);
      await expect(write(13)).rejects.toThrow('refused');
      const rows = await database.db.selectFrom('security_events').select('created').execute();
      expect(rows.map((r) => Number(r.created))).toEqual([1]);
      // The participant saw the row written earlier in its own transaction both times.
      expect(seenInside).toEqual([1, 2]);
    } finally {
      await dispose();
    }
  });
});
