/**
 * The one-click unsubscribe of notification e-mails (API.md C1): every such e-mail links to
 * `FRONTEND_URL/unsubscribe#token=…`, a page that posts the token to
 * `POST /api/notifications/unsubscribe/` — no sign-in needed. The token is signed for this one
 * purpose, names the user by public id and lasts 60 days; since it can only turn e-mail off, a
 * leaked one can do no harm beyond that. The token sits in the fragment so it never reaches a
 * server log or a Referer header.
 */
import type { Config } from '../../config.ts';
import { ValidationError } from '../../http/errors.ts';
import { linkTokens } from '../../lib/link-token.ts';
import { frontendBase } from '../../mail/links.ts';

/** How long an unsubscribe link works. */
export const UNSUBSCRIBE_TTL_MS = 60 * 86_400_000;
const tokens = linkTokens('notifications-unsubscribe', UNSUBSCRIBE_TTL_MS);

/** The unsubscribe link for a user (by public id). */
export function unsubscribeLink(config: Config, userPublicId: string, now = Date.now()): string {
  return `${frontendBase(config)}/unsubscribe#token=${tokens.sign(config, userPublicId, now)}`;
}

/**
 * The URL of the e-mail's RFC 8058 `List-Unsubscribe` header: the same route, posted to by the mail
 * client's own "Unsubscribe" button (the token in the query, where such a client sends it).
 */
export function oneClickUnsubscribeUrl(config: Config, userPublicId: string, now = Date.now()): string {
  const token = tokens.sign(config, userPublicId, now);
  return `${frontendBase(config)}/api/notifications/unsubscribe/?token=${encodeURIComponent(token)}`;
}

/** The public id a token names; a 400 on the `token` field for anything but a genuine, live one. */
export function unsubscribeTarget(config: Config, token: string, now = new Date()): string {
  const publicId = tokens.verify(config, token, now);
  if (publicId === null)
    throw ValidationError.field(
      'token',
      'This link is not valid any more. You can change e-mail settings after signing in.',
    );
  return publicId;
}
