/**
 * The feed's limit/offset `count` comes from the trigger-kept `post_counts` row (migration 0020),
 * corrected per reader. It must equal what each reader can actually page through, after every
 * kind of write (create, hide, restore, delete, account deletion) and for every kind of reader
 * (anonymous, member, author of a hidden post, blocker, muter, staff). Both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunityApp, makePost, type Persona, persona } from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('feed count', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  let carol: Persona;
  let mod: Persona;
  beforeAll(async () => {
    t = await createCommunityApp();
    [alice, bob, carol, mod] = await Promise.all([
      persona(t.app),
      persona(t.app),
      persona(t.app),
      persona(t.app, 'moderator'),
    ]);
  });
  afterAll(async () => t.close());

  /** `count` of the first limit/offset page and the number of posts really listed, for a reader. */
  const seen = async (who: Persona | null) => {
    const headers = who?.headers ?? {};
    const first = (await t.app.inject({ url: '/api/post/?limit=1', headers })).json();
    let listed = 0;
    let url: string | null = '/api/post/?limit=100&cursor=';
    while (url !== null) {
      const page: { results: unknown[]; next: string | null } = (await t.app.inject({ url, headers })).json();
      listed += page.results.length;
      url = page.next;
    }
    return { count: first.count as number, listed };
  };

  const expectExact = async (readers: (Persona | null)[]) => {
    for (const who of readers) {
      const { count, listed } = await seen(who);
      expect(count, who?.user.username ?? 'anonymous').toBe(listed);
    }
  };

  const moderate = async (postId: string, action: 'hide' | 'restore') => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/moderation/posts/${postId}/${action}/`,
      headers: mod.headers,
    });
    expect(response.statusCode).toBe(200);
  };

  it('counts exactly what each reader can list, through every kind of write', async () => {
    const readers = () => [null, alice, bob, carol, mod];
    await expectExact(readers());
    const posts = [];
    for (const [who, n] of [
      [alice, 3],
      [bob, 2],
      [carol, 2],
    ] as const) {
      for (let i = 0; i < n; i += 1) posts.push(await makePost(t.app, who, { anonymous: i === 1 }));
    }
    expect((await seen(null)).count).toBe(7);
    await expectExact(readers());

    // Hidden by a moderator: gone for others, still counted for its author and staff.
    await moderate(posts[0]?.id, 'hide');
    expect((await seen(bob)).count).toBe(6);
    expect((await seen(alice)).count).toBe(7);
    expect((await seen(mod)).count).toBe(7);
    await expectExact(readers());

    // Blocks (both directions) and mutes, anonymous posts included; staff unaffected.
    const relate = async (who: Persona, kind: 'block' | 'mute', other: Persona) =>
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/user/${other.user.public_id}/${kind}/`,
            headers: who.headers,
          })
        ).statusCode,
      ).toBe(204);
    await relate(bob, 'block', alice);
    await relate(carol, 'mute', bob);
    expect((await seen(bob)).count).toBe(4);
    await expectExact(readers());

    await moderate(posts[0]?.id, 'restore');
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/post/${posts[3]?.id}/`,
      headers: bob.headers,
    });
    expect(deleted.statusCode).toBe(204);
    expect((await seen(null)).count).toBe(6);
    await expectExact(readers());
  });
});
