/** The typed caller accessors: the one way a route learns who is calling. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/helpers/app.ts';
import { createUserAndLogin } from '../../test/helpers/auth.ts';

async function probe(app: FastifyInstance): Promise<void> {
  app.get('/api/test/caller/', { config: { auth: 'optional' } }, async (request) => {
    const caller = request.caller();
    return { id: caller.publicId, actor: request.actor().user.publicId, client: request.client() };
  });
  app.get('/api/test/viewer/', { config: { auth: 'optional' } }, async (request) => ({
    viewer: request.user?.publicId ?? null,
  }));
}

describe('request.caller(), request.client(), request.actor()', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ modules: [probe] });
  });
  afterAll(async () => t.close());

  it('answer with the authenticated user and where the request came from', async () => {
    const me = await createUserAndLogin(t.app);
    const response = await t.app.inject({
      url: '/api/test/caller/',
      headers: { ...me.headers, 'user-agent': 'probe/1.0' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: me.user.public_id,
      actor: me.user.public_id,
      client: { ip: '127.0.0.1', userAgent: 'probe/1.0' },
    });
  });

  it('caller() without a user is a 401 in the contract shape, never a crash', async () => {
    const response = await t.app.inject({ url: '/api/test/caller/' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
  });

  it('request.user stays the optional viewer', async () => {
    const response = await t.app.inject({ url: '/api/test/viewer/' });
    expect(response.json()).toEqual({ viewer: null });
  });
});
