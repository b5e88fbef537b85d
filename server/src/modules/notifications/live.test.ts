/**
 * Live events over a real socket (API.md C1): tickets (single use; unknown, used or expired →
 * 401), Bearer, `notification` and `unread` when someone comments, `post.created`, heartbeats,
 * `Last-Event-ID` replay, the stream closed when its session is revoked, and a listener that
 * stops reading dropped instead of buffering without bound.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokensFor } from '../../../test/helpers/auth.ts';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
} from '../../../test/helpers/community.ts';
import { eventually } from '../../../test/helpers/smtp.ts';
import { LiveHub, type LiveStream, liveHubFor, MAX_UNSENT_BYTES } from './live-hub.ts';
import { liveRelayFor } from './live-relay.ts';
import { issueTicket, redeemTicket, TICKET_TTL_MS } from './live-tickets.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;

/** A received SSE event. */
interface Received {
  id: string | undefined;
  event: string;
  data: any;
}

/** An SSE client on a real socket: its status, parsed events, comment lines and whether it ended. */
function listen(base: string, path: string, headers: Record<string, string> = {}) {
  const events: Received[] = [];
  let comments = 0;
  let ended = false;
  let buffer = '';
  let close = () => {};
  let responseHeaders: http.IncomingHttpHeaders = {};
  const status = new Promise<number>((resolve, reject) => {
    const request = http.get(`${base}${path}`, { headers }, (response) => {
      responseHeaders = response.headers;
      resolve(response.statusCode ?? 0);
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let at = buffer.indexOf('\n\n');
        while (at >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          at = buffer.indexOf('\n\n');
          const fields = Object.fromEntries(
            block
              .split('\n')
              .filter((line) => !line.startsWith(':'))
              .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
          );
          if (block.startsWith(':')) comments += 1;
          else if (fields.event !== undefined)
            events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? 'null') });
        }
      });
      response.on('end', () => {
        ended = true;
      });
      response.on('error', () => {
        ended = true;
      });
    });
    request.on('error', reject);
    close = () => request.destroy();
  });
  return {
    status,
    events,
    headers: () => responseHeaders,
    comments: () => comments,
    ended: () => ended,
    close: () => close(),
  };
}

describe('live events', () => {
  let t: App;
  let base: string;
  let alice: Persona;
  let bob: Persona;
  const ticket = async (as: Persona) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/events/ticket/', headers: as.headers });
    expect(response.statusCode).toBe(200);
    return response.json().ticket as string;
  };
  const hub = () => liveHubFor(t.app.wiring.events);

  beforeAll(async () => {
    t = await createCommunityApp({ CORS_ALLOWED_ORIGINS: 'https://app.example' });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    [alice, bob] = await Promise.all([persona(t.app), persona(t.app)]);
    liveHubFor(t.app.wiring.events).heartbeatMs = 50;
  });
  afterAll(async () => t.close());

  it('a ticket opens one stream; a comment on my post arrives as notification and unread without reloading', async () => {
    const code = await ticket(alice);
    const stream = listen(base, `/api/events/?ticket=${code}`);
    expect(await stream.status).toBe(200);
    await eventually(() => hub().connected(alice.user.id));
    const post = await makePost(t.app, alice);
    const comment = await makeComment(t.app, bob, post.id);
    await eventually(() => stream.events.length >= 3);
    expect(stream.events.map((e) => e.event)).toEqual(['comment.created', 'notification', 'unread']);
    expect(stream.events[0]?.data).toEqual({ id: comment.id, post: post.id });
    expect(stream.events[1]?.data).toMatchObject({
      type: 'post.commented',
      post: post.id,
      comment: comment.id,
      actor: { id: bob.user.public_id },
    });
    expect(stream.events[2]?.data).toEqual({ count: 1 });
    stream.close();
    const reused = listen(base, `/api/events/?ticket=${code}`);
    expect(await reused.status).toBe(401);
  });

  it('unknown ticket or no credentials → 401 in the error shape; a Bearer header works', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/events/?ticket=nope' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({ detail: 'Ticket is invalid or expired.' });
    expect((await t.app.inject({ method: 'GET', url: '/api/events/' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/events/ticket/' })).statusCode).toBe(401);
    const bearer = listen(base, '/api/events/', alice.headers);
    expect(await bearer.status).toBe(200);
    bearer.close();
  });

  it('an expired ticket is refused, a fresh one taken once; none opens for a revoked session or a deactivated user', async () => {
    const db = t.database.db;
    const user = {
      id: alice.user.id,
      publicId: alice.user.public_id,
      role: 'user' as const,
      sessionId: null,
    };
    const t0 = 1_000_000_000;
    const old = await issueTicket(db, user, t0);
    expect(await redeemTicket(db, old.ticket, t0 + TICKET_TTL_MS * 1000)).toBeUndefined();
    const fresh = await issueTicket(db, user, t0);
    expect(await redeemTicket(db, fresh.ticket, t0 + TICKET_TTL_MS * 1000 - 1)).toEqual({
      userId: alice.user.id,
      sessionId: null,
    });
    expect(await redeemTicket(db, fresh.ticket, t0 + 1)).toBeUndefined();

    const erin = await persona(t.app);
    const tokens = await tokensFor(t.app, erin.user);
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/events/ticket/',
      headers: tokens.headers,
    });
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout/',
      headers: tokens.headers,
      payload: { refresh: tokens.refresh },
    });
    expect(logout.statusCode).toBe(204);
    expect(await redeemTicket(db, issued.json().ticket)).toBeUndefined();

    const frank = await persona(t.app);
    const code = await ticket(frank);
    await db.updateTable('users').set({ is_active: false }).where('id', '=', frank.user.id).execute();
    expect(await redeemTicket(db, code)).toBeUndefined();
  });

  it("others' new posts arrive as post.created {id}; heartbeats are comment lines", async () => {
    const carol = await persona(t.app);
    const stream = listen(base, `/api/events/?ticket=${await ticket(carol)}`);
    expect(await stream.status).toBe(200);
    await eventually(() => hub().connected(carol.user.id));
    const post = await makePost(t.app, bob);
    await eventually(() => stream.events.some((e) => e.event === 'post.created'));
    expect(stream.events.find((e) => e.event === 'post.created')?.data).toEqual({ id: post.id });
    await eventually(() => stream.comments() >= 2, 5_000);
    stream.close();
  });

  it('post.created skips listeners who blocked the author, were blocked by them, or muted them', async () => {
    const [blocker, blocked, muter, friend, author] = await Promise.all([
      persona(t.app),
      persona(t.app),
      persona(t.app),
      persona(t.app),
      persona(t.app),
    ]);
    const relate = async (as: Persona, url: string) =>
      expect((await t.app.inject({ method: 'POST', url, headers: as.headers })).statusCode).toBe(204);
    await relate(blocker, `/api/user/${author.user.public_id}/block/`);
    await relate(author, `/api/user/${blocked.user.public_id}/block/`);
    await relate(muter, `/api/user/${author.user.public_id}/mute/`);
    const streams = await Promise.all(
      [blocker, blocked, muter, friend].map(async (as) => {
        const stream = listen(base, `/api/events/?ticket=${await ticket(as)}`);
        expect(await stream.status).toBe(200);
        await eventually(() => hub().connected(as.user.id));
        return stream;
      }),
    );
    const post = await makePost(t.app, author, { anonymous: true });
    type Listener = ReturnType<typeof listen>;
    const [toBlocker, toBlocked, toMuter, toFriend] = streams as [Listener, Listener, Listener, Listener];
    await eventually(() => toFriend.events.some((e) => e.event === 'post.created' && e.data.id === post.id));
    // A later post by someone else reaches everyone: the earlier one was skipped, not delayed.
    const later = await makePost(t.app, friend);
    for (const stream of [toBlocker, toBlocked, toMuter]) {
      await eventually(() => stream.events.some((e) => e.data?.id === later.id));
      expect(stream.events.some((e) => e.data?.id === post.id)).toBe(false);
    }
    for (const stream of streams) stream.close();
  });

  it('Last-Event-ID replays what was missed, and only that', async () => {
    const dave = await persona(t.app);
    const post = await makePost(t.app, dave);
    const first = listen(base, `/api/events/?ticket=${await ticket(dave)}`);
    await first.status;
    await eventually(() => hub().connected(dave.user.id));
    await makeComment(t.app, bob, post.id, { body: 'one' });
    await eventually(() => first.events.some((e) => e.event === 'unread'));
    const last = first.events.at(-1)?.id ?? '';
    first.close();
    await eventually(() => !hub().connected(dave.user.id));
    await makeComment(t.app, bob, post.id, { body: 'two' });
    const again = listen(base, `/api/events/?ticket=${await ticket(dave)}`, { 'last-event-id': last });
    await again.status;
    await eventually(() => again.events.length >= 2);
    expect(again.events.map((e) => e.event)).toEqual(['notification', 'unread']);
    expect(again.events[0]?.data.comment).not.toBe(first.events[0]?.data.comment);
    expect(again.events[1]?.data).toEqual({ count: 2 });
    again.close();
  });

  it('?last_event_id= replays like the header (a reconnect with a fresh ticket); a malformed one → 400', async () => {
    const fay = await persona(t.app);
    const post = await makePost(t.app, fay);
    const first = listen(base, `/api/events/?ticket=${await ticket(fay)}`);
    await first.status;
    await eventually(() => hub().connected(fay.user.id));
    await makeComment(t.app, bob, post.id, { body: 'one' });
    await eventually(() => first.events.some((e) => e.event === 'unread'));
    const last = first.events.at(-1)?.id ?? '';
    first.close();
    await eventually(() => !hub().connected(fay.user.id));
    await makeComment(t.app, bob, post.id, { body: 'two' });
    const again = listen(base, `/api/events/?ticket=${await ticket(fay)}&last_event_id=${last}`);
    expect(await again.status).toBe(200);
    await eventually(() => again.events.length >= 2);
    expect(again.events.map((e) => e.event)).toEqual(['notification', 'unread']);
    expect(again.events[1]?.data).toEqual({ count: 2 });
    again.close();
    for (const bad of ['abc', '1e5', '-1', '12345678901234567']) {
      const refused = await t.app.inject({
        method: 'GET',
        url: `/api/events/?ticket=${await ticket(fay)}&last_event_id=${bad}`,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toHaveProperty('last_event_id');
    }
  });

  it('comment.created {id, post} reaches listeners who may see it: not its author, not across a block or mute', async () => {
    const [author, commenter, reader, blocker, muter] = await Promise.all([
      persona(t.app),
      persona(t.app),
      persona(t.app),
      persona(t.app),
      persona(t.app),
    ]);
    const relate = async (as: Persona, url: string) =>
      expect((await t.app.inject({ method: 'POST', url, headers: as.headers })).statusCode).toBe(204);
    await relate(blocker, `/api/user/${commenter.user.public_id}/block/`);
    await relate(muter, `/api/user/${author.user.public_id}/mute/`);
    const post = await makePost(t.app, author);
    const open = async (as: Persona) => {
      const stream = listen(base, `/api/events/?ticket=${await ticket(as)}`);
      expect(await stream.status).toBe(200);
      await eventually(() => hub().connected(as.user.id));
      return stream;
    };
    const [toCommenter, toReader, toBlocker, toMuter] = await Promise.all([
      open(commenter),
      open(reader),
      open(blocker),
      open(muter),
    ]);
    const comment = await makeComment(t.app, commenter, post.id);
    await eventually(() => toReader.events.some((e) => e.event === 'comment.created'));
    expect(toReader.events.find((e) => e.event === 'comment.created')?.data).toEqual({
      id: comment.id,
      post: post.id,
    });
    // A later post by someone else reaches everyone: the comment was skipped, not delayed.
    const later = await makePost(t.app, reader);
    for (const stream of [toCommenter, toBlocker, toMuter]) {
      await eventually(() => stream.events.some((e) => e.data?.id === later.id));
      expect(stream.events.some((e) => e.event === 'comment.created')).toBe(false);
    }
    for (const stream of [toCommenter, toReader, toBlocker, toMuter]) stream.close();
  });

  it('reading, reading all or deleting sends the new unread count to every open stream, on peers too', async () => {
    const [reader, writer] = await Promise.all([persona(t.app), persona(t.app)]);
    const post = await makePost(t.app, reader);
    for (let i = 0; i < 3; i += 1) await makeComment(t.app, writer, post.id);
    const streams = [
      listen(base, `/api/events/?ticket=${await ticket(reader)}`),
      listen(base, `/api/events/?ticket=${await ticket(reader)}`),
    ];
    for (const stream of streams) expect(await stream.status).toBe(200);
    await eventually(() => hub().connected(reader.user.id));
    const published: object[] = [];
    const relay = liveRelayFor(t.app.wiring.events);
    relay.onPublish = (message) => published.push(message);
    const counts = (stream: (typeof streams)[number]) =>
      stream.events.filter((e) => e.event === 'unread').map((e) => e.data);
    const list = (await t.app.inject({ url: '/api/notifications/', headers: reader.headers })).json();
    const ids: string[] = list.results.map((n: { id: string }) => n.id);
    const act = async (method: 'POST' | 'DELETE', url: string) =>
      expect((await t.app.inject({ method, url, headers: reader.headers })).statusCode).toBe(204);
    await act('POST', `/api/notifications/${ids[0]}/read/`);
    await act('DELETE', `/api/notifications/${ids[1]}/`);
    await act('POST', '/api/notifications/read-all/');
    await eventually(() => streams.every((s) => counts(s).length >= 3));
    for (const stream of streams) expect(counts(stream)).toEqual([{ count: 2 }, { count: 1 }, { count: 0 }]);
    expect(published).toEqual([
      { k: 'unread', user: reader.user.id },
      { k: 'unread', user: reader.user.id },
      { k: 'unread', user: reader.user.id },
    ]);
    // What a peer publishes reaches this process's streams, and is not sent back out.
    await makeComment(t.app, writer, post.id);
    await eventually(() => streams.every((s) => counts(s).length >= 4));
    published.length = 0;
    relay.applyPeer({ k: 'unread', user: reader.user.id });
    await eventually(() => streams.every((s) => counts(s).length >= 5));
    expect(counts(streams[0] as (typeof streams)[number]).at(-1)).toEqual({ count: 1 });
    expect(published).toEqual([]);
    relay.onPublish = null;
    for (const stream of streams) stream.close();
  });

  it("another process's comment (through the relay) reaches this process's listeners; malformed messages are ignored", async () => {
    const [author, reader] = await Promise.all([persona(t.app), persona(t.app)]);
    const stream = listen(base, `/api/events/?ticket=${await ticket(reader)}`);
    expect(await stream.status).toBe(200);
    await eventually(() => hub().connected(reader.user.id));
    const relay = liveRelayFor(t.app.wiring.events);
    relay.applyPeer({
      k: 'comment',
      id: 'c'.repeat(32),
      post: 'p'.repeat(32),
      author: 'x',
      postAuthor: null,
    });
    relay.applyPeer({
      k: 'comment',
      id: 'd'.repeat(32),
      post: 'p'.repeat(32),
      author: author.user.id,
      postAuthor: null,
    });
    await eventually(() => stream.events.some((e) => e.event === 'comment.created'));
    expect(stream.events.filter((e) => e.event === 'comment.created').map((e) => e.data)).toEqual([
      { id: 'd'.repeat(32), post: 'p'.repeat(32) },
    ]);
    stream.close();
  });

  it('the stream carries the platform headers (security headers, CORS for an allowed origin)', async () => {
    const gus = await persona(t.app);
    const stream = listen(base, `/api/events/?ticket=${await ticket(gus)}`, {
      origin: 'https://app.example',
    });
    expect(await stream.status).toBe(200);
    const headers = stream.headers();
    expect(headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-request-id']).toBeTruthy();
    expect(headers['access-control-allow-origin']).toBe('https://app.example');
    stream.close();
  });

  it('revoking the session (logout) sends session.revoked and ends the stream', async () => {
    const erin = await persona(t.app);
    const tokens = await tokensFor(t.app, erin.user);
    const stream = listen(base, '/api/events/', tokens.headers);
    expect(await stream.status).toBe(200);
    await eventually(() => hub().connected(erin.user.id));
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout/',
      headers: tokens.headers,
      payload: { refresh: tokens.refresh },
    });
    expect(out.statusCode).toBe(204);
    await eventually(() => stream.ended());
    expect(stream.events.map((e) => e.event)).toEqual(['session.revoked']);
  });

  it('a listener that stops reading is dropped once its unsent bytes pass the bound', () => {
    const local = new LiveHub();
    let unsent = 0;
    let closed = false;
    const slow: LiveStream = {
      userId: 7,
      sessionId: null,
      write: (text) => {
        unsent += text.length;
        return unsent;
      },
      close: () => {
        closed = true;
      },
    };
    local.open(slow, null);
    const big = 'x'.repeat(4096);
    let sent = 0;
    while (!closed && sent < 1000) {
      local.send(7, 'notification', { big });
      sent += 1;
    }
    expect(closed).toBe(true);
    expect(local.connected(7)).toBe(false);
    expect(unsent).toBeLessThan(MAX_UNSENT_BYTES + 2 * 4096 + 200);
    local.closeAll();
  });
});
