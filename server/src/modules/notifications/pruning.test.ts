/**
 * Pruning of read notifications: older than 90 days go, and beyond a user's newest 1,000 the
 * read ones go; unread ones always stay, and other users are untouched.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCommunityApp, type Persona, persona } from '../../../test/helpers/community.ts';
import { newPublicId } from '../../lib/ids.ts';
import { nowMicros } from '../../lib/time.ts';
import { KEEP_PER_USER, pruneNotifications } from './pruning.service.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;
const DAY = 86_400_000_000;

describe('pruning notifications', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  const now = nowMicros();

  /** Inserts `n` notifications for a user, `ageDays` old, read or not (in chunks: SQLite caps parameters). */
  async function plant(user: Persona, n: number, ageDays: number, read: boolean): Promise<void> {
    const rows = Array.from({ length: n }, (_, i) => ({
      public_id: newPublicId(),
      recipient_id: user.user.id,
      type: 'report.closed',
      actor_id: null,
      post_public_id: null,
      comment_public_id: null,
      fold_key: null,
      read,
      created: now - ageDays * DAY - i,
    }));
    for (let at = 0; at < rows.length; at += 200) {
      await t.database.db
        .insertInto('notifications')
        .values(rows.slice(at, at + 200))
        .execute();
    }
  }
  const countOf = async (user: Persona, read: boolean) =>
    Number(
      (
        await t.database.db
          .selectFrom('notifications')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('recipient_id', '=', user.user.id)
          .where('read', '=', read)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createCommunityApp();
    [alice, bob] = await Promise.all([persona(t.app), persona(t.app)]);
  });
  afterAll(async () => t.close());
  beforeEach(async () => {
    await t.database.db.deleteFrom('notifications').execute();
  });

  it('read ones older than 90 days go; younger read ones and old unread ones stay', async () => {
    await plant(alice, 3, 91, true);
    await plant(alice, 2, 89, true);
    await plant(alice, 4, 200, false);
    expect(await pruneNotifications(t.database.db, { now })).toBe(3);
    expect(await countOf(alice, true)).toBe(2);
    expect(await countOf(alice, false)).toBe(4);
  });

  it("beyond a user's newest 1,000, read ones go; unread ones and other users stay", async () => {
    expect(KEEP_PER_USER).toBe(1_000);
    await plant(alice, 20, 0, false);
    await plant(alice, 1_000, 1, true);
    await plant(bob, 1_005, 1, true);
    // Alice: 20 unread are newest, so 20 of her read ones fall beyond 1,000; Bob: 5.
    expect(await pruneNotifications(t.database.db, { now })).toBe(25);
    expect(await countOf(alice, false)).toBe(20);
    expect(await countOf(alice, true)).toBe(980);
    expect(await countOf(bob, true)).toBe(1_000);
    const oldestKept = await t.database.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.min('created').as('created'))
      .where('recipient_id', '=', bob.user.id)
      .executeTakeFirstOrThrow();
    expect(Number(oldestKept.created)).toBe(now - DAY - 999);
  });
});
