/**
 * Personal filters (`filtered`, `hide`/`warn`, whole word, Unicode) and feed search (ranked,
 * phrases, prefixes, kept in step with edits and deletions, visibility and anonymity applied) of
 * API.md C2. Runs on the dialect of TEST_DIALECT (both in CI).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';
import { insertPostsBulk, type NewPost, SEARCH_WINDOW } from '../community/posts.repository.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('personal filters', () => {
  let t: App;
  let me: Persona;
  let author: Persona;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createCommunityApp();
    [me, author] = await Promise.all([persona(t.app), persona(t.app)]);
    const bodies: Record<string, [string, string | null]> = {
      upper: ['PANIC at the station', null],
      inWord: ['panicking is different', null],
      phrase: ['so many dark thoughts today', null],
      warning: ['a quiet post', 'Panic'],
      composed: ['un café, s’il vous plaît', null],
      decomposed: ['CAFE\u0301 noir', null],
      unaccented: ['cafe without accent', null],
      clean: ['nothing to see', null],
    };
    for (const [key, [body, cw]] of Object.entries(bodies)) {
      ids[key] = (await makePost(t.app, author, { body, content_warning: cw })).id;
    }
    const filter = await t.app.inject({
      method: 'PUT',
      url: '/api/account/filters/',
      headers: me.headers,
      payload: { words: ['panic', 'Dark thoughts', 'café'], action: 'warn' },
    });
    expect(filter.statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  const feed = async (who: Persona | null) => {
    const response = await t.app.inject({ url: '/api/post/?limit=100', headers: who?.headers ?? {} });
    return new Map<string, string[]>(
      response.json().results.map((p: { id: string; filtered: string[] }) => [p.id, p.filtered]),
    );
  };

  it('marks whole-word, case-insensitive, NFKC matches in body and content warning with warn', async () => {
    const seen = await feed(me);
    expect(seen.get(ids.upper as string)).toEqual(['panic']);
    expect(seen.get(ids.inWord as string)).toEqual([]);
    expect(seen.get(ids.phrase as string)).toEqual(['Dark thoughts']);
    expect(seen.get(ids.warning as string)).toEqual(['panic']);
    expect(seen.get(ids.composed as string)).toEqual(['café']);
    expect(seen.get(ids.decomposed as string)).toEqual(['café']);
    expect(seen.get(ids.unaccented as string)).toEqual([]);
    expect(seen.get(ids.clean as string)).toEqual([]);
    const detail = await t.app.inject({ url: `/api/post/${ids.upper}/`, headers: me.headers });
    expect(detail.json().filtered).toEqual(['panic']);
  });

  it('is [] for anonymous readers and for users without those words', async () => {
    for (const who of [null, author]) {
      for (const filtered of (await feed(who)).values()) expect(filtered).toEqual([]);
    }
  });

  it('with hide leaves matching posts and comments out of lists, but the detail still opens', async () => {
    const comment = await makeComment(t.app, author, ids.clean as string, { body: 'Panic!' });
    const plain = await makeComment(t.app, author, ids.clean as string, { body: 'calm' });
    const comments = async () =>
      (await t.app.inject({ url: `/api/post/${ids.clean}/comment/`, headers: me.headers })).json().results;
    expect((await comments()).find((c: { id: string }) => c.id === comment.id).filtered).toEqual(['panic']);
    await t.app.inject({
      method: 'PUT',
      url: '/api/account/filters/',
      headers: me.headers,
      payload: { action: 'hide' },
    });
    const seen = await feed(me);
    for (const key of ['upper', 'phrase', 'warning', 'composed', 'decomposed']) {
      expect(seen.has(ids[key] as string), key).toBe(false);
    }
    for (const key of ['inWord', 'unaccented', 'clean']) expect(seen.has(ids[key] as string), key).toBe(true);
    expect((await comments()).map((c: { id: string }) => c.id)).toEqual([plain.id]);
    const detail = await t.app.inject({ url: `/api/post/${ids.upper}/`, headers: me.headers });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().filtered).toEqual(['panic']);
    expect((await feed(author)).size).toBe(8);
  });
});

describe('feed search', () => {
  let t: App;
  let me: Persona;
  let author: Persona;
  let moderator: Persona;
  beforeAll(async () => {
    t = await createCommunityApp();
    [me, author] = await Promise.all([persona(t.app), persona(t.app)]);
    moderator = await persona(t.app, 'moderator');
  });
  afterAll(async () => t.close());

  const search = async (q: string, who: Persona | null = me, extra = '') => {
    const response = await t.app.inject({
      url: `/api/post/?search=${encodeURIComponent(q)}${extra}`,
      headers: who?.headers ?? {},
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const bodies = async (q: string, who: Persona | null = me) =>
    (await search(q, who)).results.map((p: { body: string }) => p.body);

  it('puts the best match first and matches the content warning too', async () => {
    await makePost(t.app, author, { body: 'walking once by the river' });
    await makePost(t.app, author, { body: 'walking walking walking, walking helps' });
    await makePost(t.app, author, { body: 'an unrelated note' });
    await makePost(t.app, author, { body: 'a hard day', content_warning: 'walking alone' });
    const found = await search('Walking');
    expect(found.count).toBe(3);
    expect(found.results[0].body).toBe('walking walking walking, walking helps');
    expect(found.results.map((p: { body: string }) => p.body)).not.toContain('an unrelated note');
  });

  it('understands phrases and prefixes, and ANDs words', async () => {
    await makePost(t.app, author, { body: 'a quiet morning with tea' });
    await makePost(t.app, author, { body: 'morning was not quiet' });
    await makePost(t.app, author, { body: 'meditation helped' });
    expect(await bodies('"quiet morning"')).toEqual(['a quiet morning with tea']);
    expect((await bodies('quiet morning')).sort()).toEqual([
      'a quiet morning with tea',
      'morning was not quiet',
    ]);
    expect(await bodies('medit*')).toEqual(['meditation helped']);
    expect(await bodies('medit')).toEqual([]);
    expect(await bodies('quiet tea')).toEqual(['a quiet morning with tea']);
  });

  it('follows edits and deletions', async () => {
    const post = await makePost(t.app, me, { body: 'thinking about pelicans' });
    expect(await bodies('pelicans')).toEqual(['thinking about pelicans']);
    await t.app.inject({
      method: 'PUT',
      url: `/api/post/${post.id}/`,
      headers: me.headers,
      payload: { body: 'about herons now' },
    });
    expect(await bodies('pelicans')).toEqual([]);
    expect(await bodies('herons')).toEqual(['about herons now']);
    await t.app.inject({ method: 'DELETE', url: `/api/post/${post.id}/`, headers: me.headers });
    expect(await bodies('herons')).toEqual([]);
  });

  it('applies visibility and never finds an anonymous post by its author', async () => {
    const hidden = await makePost(t.app, author, { body: 'secret albatross' });
    await t.app.inject({
      method: 'POST',
      url: `/api/moderation/posts/${hidden.id}/hide/`,
      headers: moderator.headers,
    });
    expect(await bodies('albatross')).toEqual([]);
    expect(await bodies('albatross', moderator)).toEqual(['secret albatross']);
    await makePost(t.app, author, { body: 'an anonymous flamingo', anonymous: true });
    expect(await bodies(author.user.username)).toEqual([]);
    const found = await search('flamingo', null);
    expect(found.results).toHaveLength(1);
    expect(found.results[0].author.username).toBe('anonymous');
  });

  it('pages with limit/offset and with a cursor', async () => {
    for (let i = 0; i < 5; i += 1) await makePost(t.app, author, { body: `heron number ${i}` });
    const first = await search('heron', me, '&limit=2');
    expect(first.count).toBe(5);
    const second = await search('heron', me, '&limit=2&offset=2');
    const third = await search('heron', me, '&limit=2&offset=4');
    const byOffset = [...first.results, ...second.results, ...third.results].map((p: { id: string }) => p.id);
    expect(new Set(byOffset).size).toBe(5);
    let page = await search('heron', me, '&limit=2&cursor=');
    const byCursor: string[] = page.results.map((p: { body: string }) => p.body);
    while (page.next !== null) {
      page = (await t.app.inject({ url: page.next, headers: me.headers })).json();
      byCursor.push(...page.results.map((p: { body: string }) => p.body));
    }
    expect(byCursor).toEqual([4, 3, 2, 1, 0].map((i) => `heron number ${i}`));
  });

  it('ranks the newest matches of a broad search, and cursor pages walk on past them', async () => {
    const total = SEARCH_WINDOW + 30;
    const start = Date.now() * 1000 - total;
    const posts: NewPost[] = Array.from({ length: total }, (_, i) => ({
      authorId: author.user.id,
      body: i === 0 ? 'egret egret egret, the oldest' : `egret ${i}`,
      created: start + i,
    }));
    await t.database.db.transaction().execute((trx) => insertPostsBulk(trx, posts));
    const ranked = await search('egret', me, '&limit=5');
    // The window holds the newest matches only, so the oldest (best by rank) is not among them.
    expect(ranked.count).toBe(SEARCH_WINDOW);
    expect(ranked.results.map((p: { body: string }) => p.body)).not.toContain(
      'egret egret egret, the oldest',
    );
    let page = await search('egret', me, '&limit=100&cursor=');
    const walked: string[] = page.results.map((p: { body: string }) => p.body);
    while (page.next !== null) {
      page = (await t.app.inject({ url: page.next, headers: me.headers })).json();
      walked.push(...page.results.map((p: { body: string }) => p.body));
    }
    expect(walked).toHaveLength(total);
    expect(walked.at(-1)).toBe('egret egret egret, the oldest');
    const back = (await t.app.inject({ url: page.previous, headers: me.headers })).json();
    expect(back.results.map((p: { body: string }) => p.body)).toEqual(walked.slice(-130, -30));
  });
});
