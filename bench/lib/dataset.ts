/**
 * The benchmark data set, as pure functions of (scale, seed, index): every row is derived from a
 * seeded PRNG keyed by its own position, so any batch can be regenerated on its own — which is
 * what makes seeding resumable — and two runs with the same seed produce the same rows (ids,
 * public ids, texts, times, counters). Only the check-in notes' ciphertext differs between runs
 * (AES-GCM draws a random nonce); their plaintext is the same.
 */
import { createHash } from 'node:crypto';
import { BUILT_IN_ACTIVITIES, BUILT_IN_EMOTIONS } from '../../server/src/modules/journal/tags.ts';
import { normalizeEmail, normalizeUsername } from '../../server/src/modules/users/users.validators.ts';

/** The password of every generated user (they share one precomputed Argon2id hash). */
export const BENCH_PASSWORD = 'benchmark harbour lantern 42';

/** How many rows of each kind a scale holds. */
export interface Scale {
  name: string;
  users: number;
  posts: number;
  comments: number;
  likes: number;
  checkins: number;
}

/** The scales of issue #8 (S and L) and a midpoint a factor of 10 from each (M). */
export const SCALES: Record<string, Scale> = {
  S: { name: 'S', users: 1_000, posts: 10_000, comments: 20_000, likes: 30_000, checkins: 50_000 },
  M: { name: 'M', users: 10_000, posts: 100_000, comments: 200_000, likes: 300_000, checkins: 200_000 },
  L: {
    name: 'L',
    users: 100_000,
    posts: 1_000_000,
    comments: 2_000_000,
    likes: 3_000_000,
    checkins: 500_000,
  },
};

/** The user whose journal holds three years of daily check-ins (issue #6's insights figure). */
export const JOURNAL_USER_ID = 1;
/** Daily check-ins of {@link JOURNAL_USER_ID}: three years. */
export const JOURNAL_DAYS = 1_100;
/** Every generated time lies before this instant (2026-01-01T00:00:00Z), in microseconds. */
export const END_MICROS = Date.UTC(2026, 0, 1) * 1000;
const DAY_MICROS = 86_400_000_000;
/** Posts spread over the two years before {@link END_MICROS}. */
const POST_SPAN_MICROS = 730 * DAY_MICROS;

/** A PRNG (sfc32, 128-bit state) seeded from a seed and the position of what it generates. */
export function prng(seed: string, ...keys: (string | number)[]): () => number {
  const digest = createHash('sha256')
    .update([seed, ...keys].join('\0'))
    .digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
}

/** The 32-byte journal key the seeded data is encrypted with (base64), for `JOURNAL_ENCRYPTION_KEY`. */
export function benchJournalKey(seed: string): string {
  return createHash('sha256').update(`mentalmuse-bench-journal-key\0${seed}`).digest('base64');
}

/** A UUIDv7 (32 hex) for a time, with random bits from `random` — as the app's `newPublicId`. */
function publicId(micros: number, random: () => number): string {
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(Math.floor(micros / 1000), 0, 6);
  for (let i = 6; i < 16; i += 2) bytes.writeUInt16BE(Math.floor(random() * 65_536), i);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return bytes.toString('hex');
}

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T;

const WORDS = (
  'today felt lighter than yesterday and I managed a short walk before work the group here ' +
  'helps more than I expected some mornings are heavy but breathing exercises make a difference ' +
  'thank you all for the kind words I slept badly again and the anxiety came back in the evening ' +
  'small wins count tea with a friend a page of reading ten minutes outside writing things down ' +
  'helps me notice patterns I am trying to be patient with myself this week'
).split(' ');
const FIRST = ['Alex', 'Sam', 'Robin', 'Kai', 'Noor', 'Mia', 'Leo', 'Ava', 'Ivo', 'Zoe', 'Ren', 'Ada'];
const LAST = ['Smith', 'Okafor', 'Nguyen', 'García', 'Kowalski', 'Haddad', 'Berg', 'Rossi', 'Tanaka'];
const WARNINGS = ['Mentions self-harm', 'Talks about grief', 'Eating difficulties', 'Panic attack'];

/** `words` words of filler text. */
function text(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(WORDS, random));
  const sentence = out.join(' ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The `users` row with this id (1-based). */
export function userRow(seed: string, id: number, passwordHash: string) {
  const random = prng(seed, 'user', id);
  const created = END_MICROS - 3 * 365 * DAY_MICROS + id * 1000;
  const username = `user${id}`;
  const email = `user${id}@example.com`;
  return {
    id,
    public_id: publicId(created, random),
    username,
    username_normalized: normalizeUsername(username),
    email,
    email_normalized: normalizeEmail(email),
    first_name: pick(FIRST, random),
    last_name: pick(LAST, random),
    bio: random() < 0.5 ? text(random, 8 + Math.floor(random() * 20)) : '',
    avatar: null,
    role: 'user' as const,
    is_active: true,
    email_verified: true,
    password: passwordHash,
    last_login: null,
    created,
    updated: created,
  };
}

/** Skewed choice of an index below `n`: a fifth of the picks go to the first 5% ("popular"). */
function skewed(n: number, random: () => number): number {
  const r = random();
  return Math.min(n - 1, Math.floor(n * (r < 0.2 ? random() * 0.05 : random())));
}

/** Share of `total` items falling to the range [start, end) of `count` slots (exact overall). */
function share(total: number, count: number, start: number, end: number): number {
  return Math.floor((end * total) / count) - Math.floor((start * total) / count);
}

/**
 * Posts with ids [start, end) and their comments and likes, with each post's `likes_count` and
 * `comments_count` (visible comments) equal to what was generated — the counters the app keeps.
 */
export function postChunk(seed: string, scale: Scale, start: number, end: number) {
  const random = prng(seed, 'posts', start);
  const n = end - start;
  const posts = [];
  for (let i = start; i < end; i++) {
    const created =
      END_MICROS - POST_SPAN_MICROS + Math.floor(((i + random()) * POST_SPAN_MICROS) / scale.posts);
    const mood = random() < 0.3 ? null : 1 + Math.floor(random() * 5);
    posts.push({
      id: i + 1,
      public_id: publicId(created, random),
      author_id: 1 + skewed(scale.users, random),
      body: text(random, 10 + Math.floor(random() * 60)),
      mood,
      content_warning: random() < 0.03 ? pick(WARNINGS, random) : null,
      anonymous: random() < 0.1,
      hidden: random() < 0.002,
      edited: false,
      likes_count: 0,
      comments_count: 0,
      created,
      updated: created,
    });
  }
  const comments = [];
  const firstComment = Math.floor((start * scale.comments) / scale.posts) + 1;
  const commentCount = share(scale.comments, scale.posts, start, end);
  for (let c = 0; c < commentCount; c++) {
    const post = posts[skewed(n, random)] as (typeof posts)[number];
    const created = post.created + 1 + Math.floor(random() * 3 * DAY_MICROS);
    const hidden = random() < 0.002;
    if (!hidden) post.comments_count += 1;
    comments.push({
      id: firstComment + c,
      public_id: publicId(created, random),
      post_id: post.id,
      author_id: 1 + Math.floor(random() * scale.users),
      body: text(random, 5 + Math.floor(random() * 30)),
      hidden,
      edited: false,
      likes_count: 0,
      created,
      updated: created,
    });
  }
  const likes = [];
  const seen = new Set<number>();
  const likeCount = Math.min(share(scale.likes, scale.posts, start, end), n * scale.users);
  while (likes.length < likeCount) {
    const post = posts[skewed(n, random)] as (typeof posts)[number];
    const userId = 1 + Math.floor(random() * scale.users);
    const key = post.id * (scale.users + 1) + userId;
    if (seen.has(key) || post.likes_count >= scale.users) continue;
    seen.add(key);
    post.likes_count += 1;
    likes.push({
      post_id: post.id,
      user_id: userId,
      created: post.created + 1 + Math.floor(random() * DAY_MICROS),
    });
  }
  // Inserted in key order: the primary-key B-tree then grows at its end.
  likes.sort((a, b) => a.post_id - b.post_id || a.user_id - b.user_id);
  comments.sort((a, b) => a.id - b.id);
  return { posts, comments, likes };
}

/** Check-in `index` (0-based) before encryption: the journal user's come first, one a day. */
export function checkinPlain(seed: string, scale: Scale, index: number) {
  const random = prng(seed, 'checkin', index);
  const journalDays = Math.min(JOURNAL_DAYS, scale.checkins);
  const daily = index < journalDays;
  const userId =
    daily || scale.users === 1
      ? JOURNAL_USER_ID
      : JOURNAL_USER_ID + 1 + Math.floor(random() * (scale.users - 1));
  const occurred = daily
    ? END_MICROS - (journalDays - index) * DAY_MICROS + Math.floor(random() * 0.9 * DAY_MICROS)
    : END_MICROS - Math.floor(random() * 365 * DAY_MICROS);
  const score = 1 + Math.floor(random() * 5);
  const emotions = Array.from(new Set([pick(BUILT_IN_EMOTIONS, random), pick(BUILT_IN_EMOTIONS, random)]));
  const activities = Array.from(
    new Set([
      pick(BUILT_IN_ACTIVITIES, random),
      pick(BUILT_IN_ACTIVITIES, random),
      pick(BUILT_IN_ACTIVITIES, random),
    ]),
  );
  return {
    id: index + 1,
    public_id: publicId(occurred, random),
    user_id: userId,
    score,
    emotions: JSON.stringify(emotions),
    activities: JSON.stringify(activities.slice(0, 1 + Math.floor(random() * 3))),
    note: random() < 0.5 ? text(random, 10 + Math.floor(random() * 40)) : null,
    occurred_at: occurred,
    created: occurred,
    updated: occurred,
  };
}
