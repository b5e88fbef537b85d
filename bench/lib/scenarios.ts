/**
 * Issue #8's scenarios against a server on seeded data: set-up through the public API (logins,
 * ids, a deep cursor) and, for each scenario, the autocannon options that drive it and the wrk
 * script that does the same (derived from fixed requests, or its own Lua). Reads come first and
 * writes last, so every read sees the seeded state.
 */

import { encodeCursor } from '../../server/src/http/pagination.ts';
import { parseIsoMicros } from '../../server/src/lib/time.ts';
import { BENCH_PASSWORD, END_MICROS, JOURNAL_DAYS, JOURNAL_USER_ID } from './dataset.ts';
import { getJson, postJson } from './http.ts';
import { rotatingRefresh, type ScenarioOptions, type WrkPlan } from './load.ts';
import { cycle, fixedRequests } from './wrk.ts';

/** A logged-in generated user. */
export interface Login {
  id: string;
  access: string;
  refresh: string;
  auth: Record<string, string>;
}

/** What the scenarios need, found through the API. */
export interface Fixtures {
  base: string;
  /** Logged-in users; the first is the journal user (three years of daily check-ins). */
  users: Login[];
  /** Public id of a user to show (`GET /api/user/{id}/`). */
  otherUserId: string;
  /** A post on the first page with the most comments. */
  postId: string;
  /** Posts 5,000–5,499 of the feed: with 50 users, 25,000 like pairs before any repeats. */
  likeTargets: string[];
  /** `?cursor=` positioned after the first 5,000 posts. */
  deepCursor: string;
  /** Extra refresh tokens (distinct sessions) for the rotating pool. */
  refreshPool: string[];
  /** Insights range covering the journal user's three years. */
  insightsQuery: string;
  /**
   * A member with 100 blocks, 100 mutes (authors of recent posts) and 50 hiding filter words
   * (one of them, "anxiety", common in the data set), for the cost of safety on the feed.
   */
  guarded: Login;
}

/** Filter words of the guarded member: 49 absent from the data set and one frequent one. */
const FILTER_WORDS = [
  'anxiety',
  ...Array.from({ length: 49 }, (_, i) => `absent${String.fromCharCode(97 + (i % 26))}${i}`),
];

/** Gives `who` 100 blocks, 100 mutes (authors of recent posts, none of the bench's logins) and 50 filter words. */
async function guard(base: string, who: Login, reader: Login, spare: ReadonlySet<string>): Promise<void> {
  const authors: string[] = [];
  for (let offset = 0; authors.length < 200 && offset < 20_000; offset += 100) {
    const page = (await getJson(`${base}/api/post/?offset=${offset}&limit=100`, reader.auth)).json;
    for (const post of page.results as { author: { id: string } | null }[]) {
      const id = post.author?.id;
      // Anonymous posts carry the sentinel author (32 zeros), which is nobody to block.
      if (id !== undefined && !/^0+$/.test(id) && !spare.has(id) && !authors.includes(id)) authors.push(id);
    }
    if ((page.results as unknown[]).length < 100) break;
  }
  const relate = async (id: string, kind: 'block' | 'mute') => {
    const res = await fetch(`${base}/api/user/${id}/${kind}/`, { method: 'POST', headers: who.auth });
    // Staff cannot be blocked (400); the set-up simply takes fewer relations then.
    if (res.status !== 204 && res.status !== 400) throw new Error(`${kind} ${id} → ${res.status}`);
  };
  for (const id of authors.slice(0, 100)) await relate(id, 'block');
  for (const id of authors.slice(100, 200)) await relate(id, 'mute');
  const res = await fetch(`${base}/api/account/filters/`, {
    method: 'PUT',
    headers: { ...who.auth, 'content-type': 'application/json' },
    body: JSON.stringify({ words: FILTER_WORDS, action: 'hide' }),
  });
  if (!res.ok) throw new Error(`filters → ${res.status} ${await res.text()}`);
}

async function login(base: string, userId: number): Promise<Login> {
  const body = await postJson(`${base}/api/auth/login/`, {
    username: `user${userId}`,
    password: BENCH_PASSWORD,
  });
  const access = String(body.access);
  return {
    id: String((body.user as { id: string }).id),
    access,
    refresh: String(body.refresh),
    auth: { authorization: `Bearer ${access}` },
  };
}

/** Logs in `users` generated users (and `poolSize` more sessions) and looks up the ids the scenarios use. */
export async function prepare(base: string, users: number, poolSize: number): Promise<Fixtures> {
  const logins: Login[] = [];
  for (let i = 0; i < users; i++) logins.push(await login(base, JOURNAL_USER_ID + i));
  const refreshPool: string[] = [];
  for (let i = 0; i < poolSize; i++)
    refreshPool.push((await login(base, JOURNAL_USER_ID + 1 + (i % 50))).refresh);
  const auth = (logins[1] ?? logins[0])?.auth ?? {};
  const first = (await getJson(`${base}/api/post/?limit=100`, auth)).json;
  const post = (first.results as { id: string; comments_count: number }[]).reduce((a, b) =>
    b.comments_count > a.comments_count ? b : a,
  );
  const deep = (await getJson(`${base}/api/post/?offset=4999&limit=1`, auth)).json.results[0];
  const targets: { id: string }[] = [];
  for (let offset = 5000; offset < 5500; offset += 100)
    targets.push(...(await getJson(`${base}/api/post/?offset=${offset}&limit=100`, auth)).json.results);
  const author = (first.results as { author: { id: string } }[]).find(
    (p) => p.author.id !== logins[1]?.id && !/^0+$/.test(p.author.id),
  );
  const day = (micros: number) => new Date(micros / 1000).toISOString().slice(0, 10);
  const guarded = await login(base, JOURNAL_USER_ID + users);
  await guard(
    base,
    guarded,
    (logins[1] ?? logins[0]) as Login,
    new Set([...logins.map((l) => l.id), guarded.id]),
  );
  return {
    guarded,
    base,
    users: logins,
    otherUserId: author?.author.id ?? (logins[2]?.id as string),
    postId: post.id,
    likeTargets: targets.map((p) => p.id),
    deepCursor: encodeCursor({
      position: { created: parseIsoMicros(deep.created) ?? 0, id: deep.id },
      reverse: false,
    }),
    refreshPool,
    insightsQuery: `from=${day(END_MICROS - JOURNAL_DAYS * 86_400_000_000)}&to=${day(END_MICROS - 1)}&tz=UTC`,
  };
}

/** One scenario of the table. */
export interface Scenario {
  key: string;
  name: string;
  /** The target, as text. */
  target?: string;
  /** Ratio against the ceiling server returning this many bytes ('small' = user object, 'large' = feed page). */
  ceiling?: 'small' | 'large';
  /** Connections other than the run's (e.g. 1 for a single user). */
  connections?: number;
  /** Load options: a path on the server (or `requests` with their own paths) instead of a URL. */
  options(f: Fixtures): ScenarioOptions;
  /** The wrk script, where `options` computes its requests (otherwise derived from them). */
  wrk?(f: Fixtures): WrkPlan;
  /** How the wrk script differs from the autocannon options, for the report. */
  wrkNote?: string;
}

/** How wrk drives a scenario; undefined when only autocannon can. */
export function wrkPlan(s: Scenario, f: Fixtures): WrkPlan | undefined {
  if (s.wrk !== undefined) return s.wrk(f);
  const requests = fixedRequests(s.options(f));
  return requests === undefined ? undefined : () => cycle(requests);
}

/** Logins of `user1`…`user200` in turn (the Argon2id burst). */
export const LOGIN_REQUESTS = Array.from({ length: 200 }, (_, i) => ({
  method: 'POST',
  path: '/api/auth/login/',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: `user${1 + i}`, password: BENCH_PASSWORD }),
}));

const get = (path: string, auth: Record<string, string>): ScenarioOptions => ({ path, headers: auth });
const reader = (f: Fixtures) => (f.users[1] ?? f.users[0]) as Login;
const journal = (f: Fixtures) => f.users[0] as Login;

/** Every scenario, in the order a run executes them. */
export const SCENARIOS: Scenario[] = [
  {
    key: 'auth-user',
    name: 'GET /api/auth/user/',
    ceiling: 'small',
    options: (f) => get('/api/auth/user/', reader(f).auth),
  },
  {
    key: 'user-detail',
    name: 'GET /api/user/{id}/',
    target: '≥ 10,000 req/s and ≥ 50% of ceiling',
    ceiling: 'small',
    options: (f) => get(`/api/user/${f.otherUserId}/`, reader(f).auth),
  },
  {
    key: 'feed-offset',
    name: 'feed first page, limit/offset',
    target: '≥ 3,000 req/s SQLite, ≥ 1,500 PostgreSQL; p99 < 50 ms',
    ceiling: 'large',
    options: (f) => get('/api/post/', reader(f).auth),
  },
  {
    key: 'feed-cursor',
    name: 'feed first page, cursor',
    target: '≥ 3,000 req/s SQLite, ≥ 1,500 PostgreSQL; p99 < 50 ms',
    ceiling: 'large',
    options: (f) => get('/api/post/?cursor=', reader(f).auth),
  },
  {
    key: 'feed-guarded',
    name: 'feed first page, cursor, 100 blocks + 100 mutes + 50 filter words',
    target: '≤ 1 extra query and ≥ 80% of the plain cursor page',
    ceiling: 'large',
    options: (f) => get('/api/post/?cursor=', f.guarded.auth),
  },
  {
    key: 'search',
    name: 'search `?search=short walk` (ranked, first page)',
    target: '≥ 500 req/s (SQLite, scale L)',
    ceiling: 'large',
    options: (f) => get('/api/post/?search=short%20walk', reader(f).auth),
  },
  {
    key: 'search-1',
    name: 'search `?search=short walk`, 1 connection',
    target: 'p99 < 50 ms (scale L)',
    connections: 1,
    options: (f) => get('/api/post/?search=short%20walk', reader(f).auth),
  },
  {
    key: 'search-cursor',
    name: 'search `?search=short walk`, cursor (newest first)',
    target: '≥ 500 req/s (SQLite, scale L)',
    ceiling: 'large',
    options: (f) => get('/api/post/?search=short%20walk&cursor=', reader(f).auth),
  },
  {
    key: 'search-cursor-1',
    name: 'search `?search=short walk`, cursor, 1 connection',
    target: 'p99 < 50 ms (scale L)',
    connections: 1,
    options: (f) => get('/api/post/?search=short%20walk&cursor=', reader(f).auth),
  },
  {
    key: 'feed-offset-deep',
    name: 'feed deep page, offset 5,000',
    ceiling: 'large',
    options: (f) => get('/api/post/?offset=5000', reader(f).auth),
  },
  {
    key: 'feed-cursor-deep',
    name: 'feed deep page, cursor after 5,000',
    ceiling: 'large',
    options: (f) => get(`/api/post/?cursor=${f.deepCursor}`, reader(f).auth),
  },
  {
    key: 'post-comments',
    name: 'post detail + its comments (2 requests)',
    ceiling: 'large',
    options: (f) => ({
      headers: reader(f).auth,
      requests: [{ path: `/api/post/${f.postId}/` }, { path: `/api/post/${f.postId}/comment/` }],
    }),
  },
  {
    key: 'checkins',
    name: 'GET /api/journal/checkins/',
    target: '≥ 3,000 req/s',
    ceiling: 'large',
    options: (f) => get('/api/journal/checkins/', journal(f).auth),
  },
  {
    key: 'insights',
    name: 'insights, 3 years of daily check-ins',
    options: (f) => get(`/api/journal/insights/?${f.insightsQuery}`, journal(f).auth),
  },
  {
    key: 'insights-1',
    name: 'insights, 3 years, 1 connection',
    target: 'p99 < 20 ms',
    connections: 1,
    options: (f) => get(`/api/journal/insights/?${f.insightsQuery}`, journal(f).auth),
  },
  {
    key: 'create-post',
    name: 'POST /api/post/',
    ceiling: 'small',
    target: '≥ 1,500 req/s',
    options: (f) => ({
      method: 'POST',
      path: '/api/post/',
      headers: { ...reader(f).auth, 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'Benchmark post: a short walk helped today.', mood: 4 }),
    }),
  },
  {
    key: 'like',
    name: 'POST /api/post/{id}/like/',
    ceiling: 'small',
    options: (f) => {
      let next = 0;
      return {
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const n = next++;
              const user = f.users[n % f.users.length] as Login;
              const post = f.likeTargets[Math.floor(n / f.users.length) % f.likeTargets.length];
              return { ...request, path: `/api/post/${post}/like/`, headers: user.auth };
            },
          },
        ],
      };
    },
    // The measured run starts half a cycle (12,500 pairs) on, past what the warm-up liked.
    wrk: (f) => (phase) => ({
      script: 'like',
      data: { tokens: f.users.map((u) => u.access), posts: f.likeTargets },
      start: phase === 'warmup' ? 0 : Math.floor((f.users.length * f.likeTargets.length) / 2),
    }),
  },
  {
    key: 'refresh',
    name: 'POST /api/auth/refresh/ (rotating)',
    ceiling: 'small',
    target: '≥ 4,000 req/s SQLite, ≥ 2,000 PostgreSQL',
    options: (f) => ({ path: '/api/auth/refresh/', requests: rotatingRefresh(f.refreshPool) }),
    wrkNote:
      "refresh on wrk: response() puts each rotated token back in the pool (a failed answer's token is lost); warm-up and measured run rotate disjoint halves of the pool.",
    wrk: (f) => (phase) => {
      const half = Math.floor(f.refreshPool.length / 2);
      const tokens = phase === 'warmup' ? f.refreshPool.slice(0, half) : f.refreshPool.slice(half);
      return { script: 'refresh', data: { tokens } };
    },
  },
  {
    key: 'login',
    name: 'POST /api/auth/login/ (Argon2id)',
    target: '≥ 120 req/s',
    wrk: () => () => cycle(LOGIN_REQUESTS),
    options: () => {
      let next = 0;
      return {
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({
              ...request,
              path: '/api/auth/login/',
              body: JSON.stringify({ username: `user${1 + (next++ % 200)}`, password: BENCH_PASSWORD }),
            }),
          },
        ],
      };
    },
  },
];
