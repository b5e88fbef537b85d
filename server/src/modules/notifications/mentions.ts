/** `@username` mentions in a post or comment body. */

// Usernames are letters, digits and . + - _ (and @, left out here so `@a@b` is not one name);
// a character of a name just before the `@` (an e-mail address) means it is not a mention.
const MENTION = /(?<![\p{L}\p{N}@.+_-])@([\p{L}\p{N}.+_-]{1,150})/gu;

/** At most this many distinct users are notified per body, so a pasted list cannot spam. */
export const MAX_MENTIONS = 10;

/** The distinct usernames mentioned in `body` (trailing dots dropped), first ones first. */
export function mentionedUsernames(body: string): string[] {
  const seen = new Set<string>();
  for (const match of body.matchAll(MENTION)) {
    const name = (match[1] ?? '').replace(/\.+$/, '');
    if (name !== '') seen.add(name);
    if (seen.size >= MAX_MENTIONS) break;
  }
  return [...seen];
}
