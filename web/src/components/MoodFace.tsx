/** A small drawn face for a mood score (bundled SVG, no emoji font needed). */

const MOUTHS: Record<number, string> = {
  1: 'M8 17.5c1.5-2.5 6.5-2.5 8 0',
  2: 'M8.5 16.5c1.5-1.2 5.5-1.2 7 0',
  3: 'M8.5 15.5h7',
  4: 'M8.5 14.5c1.5 1.4 5.5 1.4 7 0',
  5: 'M7.5 14c2 3 7 3 9 0',
};

/** The face for a score 1–5. Decorative: the mood's name is always written beside it. */
export function MoodFace({ score, size = 28 }: { score: number; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="9" cy="10" r="1.2" fill="currentColor" />
      <circle cx="15" cy="10" r="1.2" fill="currentColor" />
      <path
        d={MOUTHS[score] ?? MOUTHS[3]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
