/**
 * Care for posts and comments that suggest a crisis (API.md C2 "Care"): the text is published as
 * usual, the create answer carries the support block, and the moderation queue gets a system
 * `crisis` report listed first while open. Text that does not match changes nothing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';
import { tempDir } from '../../../test/helpers/database.ts';
import { buildApp } from '../../app.ts';
import { ConfigError, testConfig } from '../../config.ts';
import { DEFAULT_CRISIS_RESOURCES, SUPPORT_MESSAGE } from '../../lib/crisis-resources.ts';
import { CRISIS_REPORT_TEXT } from './crisis-reports.subscriber.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

describe('care: the crisis lexicon on new posts and comments', () => {
  let t: App;
  let alice: Persona;
  let bob: Persona;
  let mod: Persona;
  const queue = async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/moderation/reports/?status=open',
      headers: mod.headers,
    });
    expect(response.statusCode).toBe(200);
    return response.json().results as Record<string, any>[];
  };

  beforeAll(async () => {
    t = await createCommunityApp();
    [alice, bob, mod] = await Promise.all([persona(t.app), persona(t.app), persona(t.app, 'moderator')]);
  });
  afterAll(async () => t.close());
  beforeEach(async () => {
    await t.database.db.deleteFrom('reports').execute();
  });

  it('a matching post is published as usual, its answer carries the support block, and moderators get a crisis report', async () => {
    const post = await makePost(t.app, alice, { body: 'Honestly I just want to die tonight.' });
    expect(post.support).toEqual({ message: SUPPORT_MESSAGE, resources: [...DEFAULT_CRISIS_RESOURCES] });
    expect(post.hidden).toBe(false);
    const seen = await t.app.inject({ method: 'GET', url: `/api/post/${post.id}/`, headers: bob.headers });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().support).toBeUndefined();
    const [report, ...rest] = await queue();
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      reason: 'crisis',
      reporter: null,
      text: CRISIS_REPORT_TEXT,
      status: 'open',
      target_type: 'post',
      target_id: post.id,
    });
  });

  it('a matching comment (and a post whose content warning matches) is cared for the same way', async () => {
    const post = await makePost(t.app, alice, { body: 'A hard week.', content_warning: 'self-harm' });
    expect(post.support?.message).toBe(SUPPORT_MESSAGE);
    const comment = await makeComment(t.app, bob, post.id, {
      body: 'Same here, I keep thinking about suicide.',
    });
    expect(comment.support?.resources).toHaveLength(DEFAULT_CRISIS_RESOURCES.length);
    const reports = await queue();
    expect(reports.map((r) => [r.reason, r.target_type])).toEqual([
      ['crisis', 'comment'],
      ['crisis', 'post'],
    ]);
  });

  it('text that does not match carries no support block and files nothing; whole words only', async () => {
    const calm = await makePost(t.app, alice, { body: 'A long walk by the sea; overdosed on sunshine.' });
    expect(calm).not.toHaveProperty('support');
    const comment = await makeComment(t.app, bob, calm.id, { body: 'Suicidality research is fascinating.' });
    expect(comment).not.toHaveProperty('support');
    expect(await queue()).toEqual([]);
  });

  it('open crisis reports are listed first, ahead of newer reports; closed ones fall back into time order', async () => {
    const worrying = await makePost(t.app, alice, { body: "I can't go on like this." });
    const other = await makePost(t.app, alice, { body: 'Buy cheap watches here.' });
    const filed = await t.app.inject({
      method: 'POST',
      url: `/api/post/${other.id}/report/`,
      headers: bob.headers,
      payload: { reason: 'spam' },
    });
    expect(filed.statusCode).toBe(201);
    expect((await queue()).map((r) => [r.reason, r.target_id])).toEqual([
      ['crisis', worrying.id],
      ['spam', other.id],
    ]);
    const crisis = (await queue())[0];
    const dismissed = await t.app.inject({
      method: 'POST',
      url: `/api/moderation/reports/${crisis?.id}/dismiss/`,
      headers: mod.headers,
    });
    expect(dismissed.statusCode).toBe(200);
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/moderation/reports/?status=all',
      headers: mod.headers,
    });
    expect(all.json().results.map((r: Record<string, unknown>) => r.reason)).toEqual(['spam', 'crisis']);
  });

  it('people cannot file a crisis report themselves (the reason is the system’s)', async () => {
    const post = await makePost(t.app, alice);
    const filed = await t.app.inject({
      method: 'POST',
      url: `/api/post/${post.id}/report/`,
      headers: bob.headers,
      payload: { reason: 'crisis' },
    });
    expect(filed.statusCode).toBe(400);
    expect(await queue()).toEqual([]);
  });
});

describe('CRISIS_LEXICON', () => {
  it('a phrase file replaces the built-in list', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'lexicon.txt');
    writeFileSync(file, '# our community’s own words\nrainy day blues\n');
    const t = await createCommunityApp({ CRISIS_LEXICON: file });
    try {
      const me = await persona(t.app);
      expect((await makePost(t.app, me, { body: 'Those Rainy-Day blues again.' })).support).toBeDefined();
      expect(await makePost(t.app, me, { body: 'suicide' })).not.toHaveProperty('support');
    } finally {
      await t.close();
    }
  });

  it('a missing file is a configuration error; an empty one stops start-up with its name', async () => {
    expect(() => testConfig({ DATA_DIR: tempDir(), CRISIS_LEXICON: '/nonexistent/lexicon.txt' })).toThrow(
      ConfigError,
    );
    const file = path.join(tempDir(), 'empty.txt');
    writeFileSync(file, '# nothing yet\n\n');
    await expect(buildApp(testConfig({ DATA_DIR: tempDir(), CRISIS_LEXICON: file }))).rejects.toThrow(
      /CRISIS_LEXICON file .*empty\.txt holds no phrases/,
    );
  });
});
