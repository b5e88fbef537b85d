/**
 * Which content warnings the reader chose to look behind in this tab (memory only), so a post
 * shown in the feed stays shown on its own page — and nothing else does.
 */

const revealed = new Set<string>();

/** Whether the reader showed the warned content `id` earlier in this tab. */
export function wasRevealed(id: string): boolean {
  return revealed.has(id);
}

/** Records that the reader showed (or hid again) the warned content `id`. */
export function rememberRevealed(id: string, shown: boolean): void {
  if (shown) revealed.add(id);
  else revealed.delete(id);
}
