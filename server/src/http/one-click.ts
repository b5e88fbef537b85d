/**
 * RFC 8058 one-click unsubscribe: a mail client that shows an "Unsubscribe" button posts
 * `List-Unsubscribe=One-Click` as an `application/x-www-form-urlencoded` form to the URL of the
 * message's `List-Unsubscribe` header. Scopes that serve such a URL accept that form body.
 */
import type { FastifyInstance } from 'fastify';

/**
 * Lets the routes of this (encapsulated) scope read form bodies as flat objects. Keep the scope
 * small: such a route needs no sign-in and may only do something harmless and idempotent, since a
 * form post is a request any web page can make.
 */
export function acceptOneClickForms(scope: FastifyInstance): void {
  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
}
