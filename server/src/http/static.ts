/**
 * What the server answers outside `/api/`: uploaded media at `/media/…` and the single-page
 * app, whose history-API routes fall back to its `index.html`. The installable app's service
 * worker (`/sw.js`) and manifest (`/manifest.webmanifest`) are answered with `no-cache` so a new
 * version is found at once, and the icons (`/icons/…`, not content-hashed) revalidate too. Unknown `/api/`, `/media/` and
 * `/.well-known/` paths are JSON 404s, never the SPA; URLs the router refused (see `urls.ts`)
 * are answered here too, after every hook.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { makeScopePublic } from './auth.ts';
import { sendApiError } from './conventions.ts';
import { NotFoundError } from './errors.ts';
import { urlRefusal } from './urls.ts';

/** Where the built SPA lives (`web/dist` of this repository). */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

const NEVER_SPA = ['/api/', '/media/', '/.well-known/', '/metrics'];

/** Root files of the installable app (see docs/pwa.md): path → content type. */
export const PWA_FILES: Record<string, string> = {
  '/sw.js': 'text/javascript; charset=utf-8',
  '/manifest.webmanifest': 'application/manifest+json; charset=utf-8',
};

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>MentalMuse</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5; color: #1f2933">
<h1>MentalMuse is running</h1>
<p>The API is up. The web app has not been built on this machine yet.</p>
<p>API documentation: <a href="/api/docs/">/api/docs/</a>. Health: <a href="/api/health/">/api/health/</a>.</p>
<p>If you are struggling right now, please reach out to someone you trust or a local crisis line.</p>
</body></html>`;

/** Registers media serving and the SPA fallback (as the not-found handler). */
export async function registerStatic(app: FastifyInstance, mediaDir: string): Promise<void> {
  mkdirSync(mediaDir, { recursive: true });
  const hasSpa = existsSync(path.join(WEB_DIST, 'index.html'));
  await app.register(async (scope) => {
    makeScopePublic(scope);
    await scope.register(fastifyStatic, {
      root: mediaDir,
      prefix: '/media/',
      decorateReply: false,
      index: false,
      list: false,
      dotfiles: 'deny',
      immutable: true,
      maxAge: '365d',
    });
    if (hasSpa) {
      await scope.register(fastifyStatic, {
        root: path.join(WEB_DIST, 'assets'),
        prefix: '/assets/',
        decorateReply: false,
        immutable: true,
        maxAge: '365d',
      });
      await scope.register(fastifyStatic, {
        root: path.join(WEB_DIST, 'icons'),
        prefix: '/icons/',
        decorateReply: false,
        index: false,
        list: false,
        cacheControl: false,
        setHeaders: (reply) => reply.header('cache-control', 'no-cache'),
      });
      for (const [file, type] of Object.entries(PWA_FILES)) {
        const full = path.join(WEB_DIST, file);
        if (!existsSync(full)) continue;
        const body = readFileSync(full);
        scope.get(file, { schema: { hide: true } }, async (_request, reply) =>
          reply.header('cache-control', 'no-cache').type(type).send(body),
        );
      }
    }
  });

  const indexHtml = hasSpa ? readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8') : PLACEHOLDER;
  // The rate limiter's own hooks attach to routes only; unknown paths are throttled too.
  const notFoundHooks = app.config.rateLimit.enabled ? { preHandler: app.rateLimit() } : {};
  app.setNotFoundHandler(notFoundHooks, async (request, reply) => {
    const refused = urlRefusal(request);
    if (refused !== null) return sendApiError(reply, refused);
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (!isPage || NEVER_SPA.some((prefix) => request.url.startsWith(prefix))) {
      return sendApiError(reply, new NotFoundError());
    }
    return reply
      .code(200)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(indexHtml);
  });
}
