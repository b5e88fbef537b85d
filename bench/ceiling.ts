/**
 * The ceiling baseline: the least a server can do for an authenticated GET on this machine — a
 * bare Fastify route that verifies the same kind of access token with the same library (jose,
 * same algorithm, issuer and audience checks, on every request) and returns a fixed JSON body
 * of the same size as the real endpoint's (`?bytes=N` asks for another size, e.g. a feed page's).
 * Every MentalMuse figure is also given as a ratio to this one, measured in the same run.
 *
 * Environment: PORT, CEILING_JWK (the public JWK as JSON), CEILING_BODY_BYTES (the default size).
 */
import Fastify from 'fastify';
import { importJWK, type JWK, jwtVerify } from 'jose';

const jwk = JSON.parse(process.env.CEILING_JWK ?? '{}') as JWK & { alg: string };
const bytes = Number(process.env.CEILING_BODY_BYTES ?? '400');
const key = await importJWK(jwk, jwk.alg);
const bodies = new Map<number, string>();
const body = (size: number) => {
  let text = bodies.get(size);
  if (text === undefined) {
    text = JSON.stringify({ detail: 'x'.repeat(Math.max(0, size - 14)) });
    if (bodies.size < 16) bodies.set(size, text);
  }
  return text;
};

const app = Fastify({ logger: false });
app.get('/health/', async () => ({ ok: true }));
app.get('/api/user/:id/', async (request, reply) => {
  const header = request.headers.authorization ?? '';
  try {
    await jwtVerify(header.slice(7), key, {
      algorithms: [jwk.alg],
      issuer: 'mentalmuse',
      audience: 'mentalmuse-api',
    });
  } catch {
    return reply.code(401).send({ detail: 'Given token not valid for any token type' });
  }
  const size = Number((request.query as { bytes?: string }).bytes ?? bytes);
  return reply.type('application/json; charset=utf-8').send(body(Number.isSafeInteger(size) ? size : bytes));
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
