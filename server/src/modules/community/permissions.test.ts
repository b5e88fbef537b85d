/**
 * The permission matrix: every community and moderation route × {anonymous, other user, owner,
 * moderator, admin}. Destructive routes get fresh objects for every caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommunityApp,
  makeComment,
  makePost,
  type Persona,
  persona,
  personas,
} from '../../../test/helpers/community.ts';

type App = Awaited<ReturnType<typeof createCommunityApp>>;
type Who = 'anonymous' | 'other' | 'owner' | 'moderator' | 'admin';
const WHO: Who[] = ['anonymous', 'other', 'owner', 'moderator', 'admin'];

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Builds the URL (fresh objects per caller); `owner` wrote the content. */
  url: () => Promise<string>;
  payload?: Record<string, unknown>;
  expected: Record<Who, number>;
}

const readAll = { anonymous: 200, other: 200, owner: 200, moderator: 200, admin: 200 };
const anyUser = (status: number) => ({
  anonymous: 401,
  other: status,
  owner: status,
  moderator: status,
  admin: status,
});
const ownerOnly = (status: number) => ({
  anonymous: 401,
  other: 403,
  owner: status,
  moderator: 403,
  admin: 403,
});
const ownerOrStaff = (status: number) => ({
  anonymous: 401,
  other: 403,
  owner: status,
  moderator: status,
  admin: status,
});
const staffOnly = (status: number) => ({
  anonymous: 401,
  other: 403,
  owner: 403,
  moderator: status,
  admin: status,
});

describe('permission matrix', () => {
  let t: App;
  let who: Record<Exclude<Who, 'anonymous'>, Persona>;
  let postAuthor: Persona;
  beforeAll(async () => {
    t = await createCommunityApp();
    who = await personas(t.app);
    postAuthor = await persona(t.app);
  });
  afterAll(async () => t.close());

  const post = async () => (await makePost(t.app, who.owner)).id as string;
  const comment = async () => {
    const postId = (await makePost(t.app, postAuthor)).id as string;
    const c = await makeComment(t.app, who.owner, postId);
    return { postId, id: c.id as string };
  };
  const report = async () => {
    const reporter = await persona(t.app);
    const postId = (await makePost(t.app, who.owner)).id as string;
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/post/${postId}/report/`,
      headers: reporter.headers,
      payload: { reason: 'spam' },
    });
    return response.json().id as string;
  };

  const cases: Case[] = [
    { name: 'list posts', method: 'GET', url: async () => '/api/post/', expected: readAll },
    {
      name: 'create post',
      method: 'POST',
      url: async () => '/api/post/',
      payload: { body: 'x' },
      expected: anyUser(201),
    },
    {
      name: 'retrieve post',
      method: 'GET',
      url: async () => `/api/post/${await post()}/`,
      expected: readAll,
    },
    {
      name: 'PUT post',
      method: 'PUT',
      url: async () => `/api/post/${await post()}/`,
      payload: { body: 'edit' },
      expected: ownerOnly(200),
    },
    {
      name: 'PATCH post',
      method: 'PATCH',
      url: async () => `/api/post/${await post()}/`,
      payload: {},
      expected: anyUser(405),
    },
    {
      name: 'DELETE post',
      method: 'DELETE',
      url: async () => `/api/post/${await post()}/`,
      expected: ownerOrStaff(204),
    },
    {
      name: 'like post',
      method: 'POST',
      url: async () => `/api/post/${await post()}/like/`,
      expected: anyUser(200),
    },
    {
      name: 'remove_like post',
      method: 'POST',
      url: async () => `/api/post/${await post()}/remove_like/`,
      expected: anyUser(200),
    },
    {
      name: 'report post',
      method: 'POST',
      url: async () => `/api/post/${await post()}/report/`,
      payload: { reason: 'spam' },
      expected: anyUser(201),
    },
    {
      name: 'list comments',
      method: 'GET',
      url: async () => `/api/post/${(await comment()).postId}/comment/`,
      expected: readAll,
    },
    {
      name: 'create comment',
      method: 'POST',
      url: async () => `/api/post/${await post()}/comment/`,
      payload: { body: 'c' },
      expected: anyUser(201),
    },
    ...(['GET', 'PUT', 'PATCH', 'DELETE'] as const).map(
      (method): Case => ({
        name: `${method} comment`,
        method,
        url: async () => {
          const c = await comment();
          return `/api/post/${c.postId}/comment/${c.id}/`;
        },
        payload: method === 'GET' || method === 'DELETE' ? undefined : { body: 'edit' },
        expected: { GET: readAll, PUT: ownerOnly(200), PATCH: anyUser(405), DELETE: ownerOrStaff(204) }[
          method
        ],
      }),
    ),
    ...(['like', 'remove_like', 'report'] as const).map(
      (action): Case => ({
        name: `${action} comment`,
        method: 'POST',
        url: async () => {
          const c = await comment();
          return `/api/post/${c.postId}/comment/${c.id}/${action}/`;
        },
        payload: action === 'report' ? { reason: 'harassment' } : undefined,
        expected: anyUser(action === 'report' ? 201 : 200),
      }),
    ),
    {
      name: 'moderation queue',
      method: 'GET',
      url: async () => '/api/moderation/reports/',
      expected: staffOnly(200),
    },
    {
      name: 'resolve report',
      method: 'POST',
      url: async () => `/api/moderation/reports/${await report()}/resolve/`,
      payload: { action: 'none' },
      expected: staffOnly(200),
    },
    {
      name: 'dismiss report',
      method: 'POST',
      url: async () => `/api/moderation/reports/${await report()}/dismiss/`,
      expected: staffOnly(200),
    },
    ...(['hide', 'restore'] as const).flatMap((action): Case[] => [
      {
        name: `${action} post`,
        method: 'POST',
        url: async () => `/api/moderation/posts/${await post()}/${action}/`,
        expected: staffOnly(200),
      },
      {
        name: `${action} comment`,
        method: 'POST',
        url: async () => `/api/moderation/comments/${(await comment()).id}/${action}/`,
        expected: staffOnly(200),
      },
    ]),
  ];

  it.each(cases)('$name', async (c) => {
    for (const caller of WHO) {
      const url = await c.url();
      const headers = caller === 'anonymous' ? {} : who[caller].headers;
      const response = await t.app.inject({
        method: c.method,
        url,
        headers,
        ...(c.payload === undefined ? {} : { payload: c.payload }),
      });
      expect(response.statusCode, `${c.method} ${url} as ${caller}: ${response.body}`).toBe(
        c.expected[caller],
      );
    }
  });

  it('lets the post author delete any comment on their post', async () => {
    const c = await comment();
    const url = `/api/post/${c.postId}/comment/${c.id}/`;
    expect((await t.app.inject({ method: 'DELETE', url, headers: postAuthor.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url })).statusCode).toBe(404);
  });
});
