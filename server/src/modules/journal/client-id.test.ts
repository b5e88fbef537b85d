/**
 * Safe retries from an offline queue (API.md C4): the same `client_id` from the same owner answers
 * 200 with the first item (also when the sends race), another owner's same id is independent.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/helpers/app.ts';
import { type AuthHeaders, authHeaders, createUser } from '../../../test/helpers/auth.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let alice: AuthHeaders;
let bob: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  alice = await authHeaders(t.app, await createUser(t.app));
  bob = await authHeaders(t.app, await createUser(t.app));
});
afterAll(async () => {
  await t.close();
});

const kinds = [
  { name: 'check-ins', url: '/api/journal/checkins/', payload: { score: 3, note: 'offline note' } },
  {
    name: 'entries',
    url: '/api/journal/entries/',
    payload: { title: 'On the train', body: 'No signal here.' },
  },
] as const;

async function post(url: string, headers: AuthHeaders, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url, headers, payload });
}

async function count(url: string, headers: AuthHeaders): Promise<number> {
  return (await t.app.inject({ method: 'GET', url, headers })).json().count;
}

describe.each(kinds)('client_id on $name', ({ url, payload }) => {
  it('a repeat answers 200 with the item the first send created, and creates nothing', async () => {
    const clientId = randomUUID();
    const before = await count(url, alice);
    const first = await post(url, alice, { ...payload, client_id: clientId });
    expect(first.statusCode).toBe(201);
    const again = await post(url, alice, { ...payload, client_id: clientId.toUpperCase() });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await count(url, alice)).toBe(before + 1);
  });

  it('racing sends with one client_id create one item', async () => {
    const clientId = randomUUID();
    const before = await count(url, alice);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post(url, alice, { ...payload, client_id: clientId })),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await count(url, alice)).toBe(before + 1);
  });

  it("another owner's same client_id is independent", async () => {
    const clientId = randomUUID();
    const mine = await post(url, alice, { ...payload, client_id: clientId });
    const theirs = await post(url, bob, { ...payload, client_id: clientId });
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.json().id);
    const read = await t.app.inject({ method: 'GET', url: `${url}${mine.json().id}/`, headers: bob });
    expect(read.statusCode).toBe(404);
  });

  it('without a client_id every send creates an item', async () => {
    const before = await count(url, alice);
    expect((await post(url, alice, payload)).statusCode).toBe(201);
    expect((await post(url, alice, payload)).statusCode).toBe(201);
    expect(await count(url, alice)).toBe(before + 2);
  });

  it('a client_id that is not a UUID is a 400 field error', async () => {
    const response = await post(url, alice, { ...payload, client_id: 'not-a-uuid' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json())).toContain('client_id');
  });
});
