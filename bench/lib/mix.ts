/**
 * A realistic traffic mix for the soak test: mostly reads (feed, post and comments, profiles,
 * the signed-in user, the journal), some writes (posts, comments, likes, check-ins) and session
 * work (rotating refreshes, Argon2id logins), chosen per request by weight.
 */
import { BENCH_PASSWORD } from './dataset.ts';
import type { LoadOptions } from './load.ts';
import type { Fixtures, Login } from './scenarios.ts';

type Request = { method?: string; path: string; headers: Record<string, string>; body?: string };

/** One kind of request in the mix. */
interface Kind {
  name: string;
  weight: number;
  build(f: Fixtures, n: number, refreshPool: string[]): Request & { refresh?: string };
}

const json = (auth: Record<string, string>) => ({ ...auth, 'content-type': 'application/json' });
const user = (f: Fixtures, n: number) => f.users[n % f.users.length] as Login;

/** The kinds and their weights (per cent of requests). */
export const MIX: Kind[] = [
  { name: 'feed', weight: 22, build: (f, n) => ({ path: '/api/post/?cursor=', headers: user(f, n).auth }) },
  {
    name: 'post detail',
    weight: 12,
    build: (f, n) => ({ path: `/api/post/${f.postId}/`, headers: user(f, n).auth }),
  },
  {
    name: 'comments',
    weight: 10,
    build: (f, n) => ({ path: `/api/post/${f.postId}/comment/`, headers: user(f, n).auth }),
  },
  {
    name: 'profile',
    weight: 8,
    build: (f, n) => ({ path: `/api/user/${f.otherUserId}/`, headers: user(f, n).auth }),
  },
  { name: 'me', weight: 10, build: (f, n) => ({ path: '/api/auth/user/', headers: user(f, n).auth }) },
  {
    name: 'check-ins',
    weight: 8,
    build: (f, n) => ({ path: '/api/journal/checkins/', headers: user(f, n).auth }),
  },
  {
    name: 'create post',
    weight: 5,
    build: (f, n) => ({
      method: 'POST',
      path: '/api/post/',
      headers: json(user(f, n).auth),
      body: JSON.stringify({ body: `Soak post ${n}: a short walk helped today.`, mood: 1 + (n % 5) }),
    }),
  },
  {
    name: 'create comment',
    weight: 5,
    build: (f, n) => ({
      method: 'POST',
      path: `/api/post/${f.likeTargets[n % f.likeTargets.length]}/comment/`,
      headers: json(user(f, n).auth),
      body: JSON.stringify({ body: `Soak comment ${n}: thank you for sharing.` }),
    }),
  },
  {
    name: 'like',
    weight: 8,
    build: (f, n) => ({
      method: 'POST',
      path: `/api/post/${f.likeTargets[Math.floor(n / 7) % f.likeTargets.length]}/like/`,
      headers: user(f, n).auth,
    }),
  },
  {
    name: 'check-in',
    weight: 5,
    build: (f, n) => ({
      method: 'POST',
      path: '/api/journal/checkins/',
      headers: json(user(f, n).auth),
      body: JSON.stringify({ score: 2 + (n % 4), emotions: ['calm'], activities: ['walk'] }),
    }),
  },
  {
    name: 'refresh',
    weight: 6,
    build: (_f, _n, pool) => {
      const refresh = pool.shift() ?? '';
      return {
        method: 'POST',
        path: '/api/auth/refresh/',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refresh }),
        refresh,
      };
    },
  },
  {
    name: 'login',
    weight: 1,
    build: (_f, n) => ({
      method: 'POST',
      path: '/api/auth/login/',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `user${1 + (n % 200)}`, password: BENCH_PASSWORD }),
    }),
  },
];

const TOTAL_WEIGHT = MIX.reduce((sum, kind) => sum + kind.weight, 0);

/** The kind for a request number: a fixed interleaving, so every run sends the same mix. */
function kindFor(n: number): Kind {
  // A multiplicative hash spreads kinds evenly through the sequence instead of in blocks.
  let slot = (n * 2_654_435_761) % TOTAL_WEIGHT;
  for (const kind of MIX) {
    if (slot < kind.weight) return kind;
    slot -= kind.weight;
  }
  return MIX[0] as Kind;
}

/**
 * autocannon `requests` that send the mix; rotated refresh tokens go back into `pool`. Share one
 * pool across runs: a token rotated in one run is spent, and replaying it is reuse (a 401).
 */
export function mixedRequests(f: Fixtures, pool: string[]): NonNullable<LoadOptions['requests']> {
  let next = 0;
  return [
    {
      setupRequest: (request, context: { refresh?: string }) => {
        const n = next++;
        const { refresh, ...built } = kindFor(n).build(f, n, pool);
        context.refresh = refresh;
        return { ...request, method: built.method ?? 'GET', ...built } as typeof request;
      },
      onResponse: (status, body, context: { refresh?: string }) => {
        if (context.refresh === undefined) return;
        if (status === 200) pool.push(String(JSON.parse(body).refresh));
        else pool.push(context.refresh);
        context.refresh = undefined;
      },
    },
  ];
}
