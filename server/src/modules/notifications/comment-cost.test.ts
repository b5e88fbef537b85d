/**
 * Creating a comment costs at most one extra INSERT for its notification (issue 16): the
 * notification of the post's author is one INSERT, and a fold of likes is one INSERT … ON
 * CONFLICT too, never a read-then-write pair.
 */
import {
  InsertQueryNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePost, type Persona, persona } from '../../../test/helpers/community.ts';
import { tempDir, testDatabase } from '../../../test/helpers/database.ts';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';

/** Counts the INSERT statements (with the table they write) while `recording` is on. */
class InsertCounter implements KyselyPlugin {
  tables: string[] = [];
  recording = false;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.recording && InsertQueryNode.is(args.node))
      this.tables.push(args.node.into?.table.identifier.name ?? '?');
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
  async around(fn: () => Promise<unknown>): Promise<string[]> {
    this.tables = [];
    this.recording = true;
    try {
      await fn();
    } finally {
      this.recording = false;
    }
    return this.tables;
  }
}

describe('what a comment costs', () => {
  const inserts = new InsertCounter();
  let app: Awaited<ReturnType<typeof buildApp>>;
  let dispose: () => Promise<void>;
  let alice: Persona;
  let bob: Persona;

  beforeAll(async () => {
    const made = await testDatabase();
    dispose = made.dispose;
    const counted = { ...made.database, db: made.database.db.withPlugin(inserts) };
    app = await buildApp(testConfig({ DATA_DIR: tempDir() }), { database: counted });
    await app.ready();
    await app.mail.worker.stop();
    [alice, bob] = await Promise.all([persona(app), persona(app)]);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  const comment = (as: Persona, postId: string) =>
    app.inject({
      method: 'POST',
      url: `/api/post/${postId}/comment/`,
      headers: as.headers,
      payload: { body: 'hi' },
    });

  it("a comment on one's own post (no notification) against one on someone else's: exactly one more INSERT", async () => {
    const post = await makePost(app, alice);
    const silent = await inserts.around(async () =>
      expect((await comment(alice, post.id)).statusCode).toBe(201),
    );
    const notified = await inserts.around(async () =>
      expect((await comment(bob, post.id)).statusCode).toBe(201),
    );
    expect(silent).not.toContain('notifications');
    expect(notified.filter((table) => table === 'notifications')).toHaveLength(1);
    expect(notified.length).toBe(silent.length + 1);
  });

  it('a folded like is one INSERT (ON CONFLICT), the second like included', async () => {
    const post = await makePost(app, alice);
    const carol = await persona(app);
    for (const as of [bob, carol]) {
      const tables = await inserts.around(() =>
        app.inject({ method: 'POST', url: `/api/post/${post.id}/like/`, headers: as.headers }),
      );
      expect(tables.filter((table) => table === 'notifications')).toHaveLength(1);
    }
    const rows = await app.database.db
      .selectFrom('notifications')
      .select('count')
      .where('type', '=', 'post.liked')
      .execute();
    expect(rows).toEqual([{ count: 2 }]);
  });
});
