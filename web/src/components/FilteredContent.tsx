/**
 * Content that matched the reader's own filter words (action "warn"): blurred and hidden from
 * screen readers until the reader chooses to show it — "Hidden by your filter: word — Show".
 */
import { type ReactNode, useId, useState } from 'react';

/** Wraps `children` when `words` is not empty. */
export function FilteredContent({
  words,
  children,
}: {
  words: readonly string[] | undefined;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(false);
  const id = useId();
  if (!words || words.length === 0) return <>{children}</>;
  return (
    <div className="cw">
      <p className="row row--between">
        <span>
          <strong>Hidden by your filter:</strong> {words.join(', ')}
        </span>
        <button
          type="button"
          className="btn btn--secondary btn--small"
          aria-expanded={shown}
          aria-controls={id}
          onClick={() => setShown(!shown)}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </p>
      <div id={id} className={shown ? undefined : 'cw__blur'} aria-hidden={!shown} inert={!shown}>
        {children}
      </div>
    </div>
  );
}
