/**
 * Content behind a warning: blurred (and hidden from screen readers) until the reader chooses
 * to show it.
 */
import { type ReactNode, useId, useState } from 'react';

/** Wraps `children` behind `warning` when there is one. */
export function ContentWarning({
  warning,
  children,
}: {
  warning: string | null | undefined;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(false);
  const id = useId();
  if (!warning) return <>{children}</>;
  return (
    <div className="cw">
      <p className="row row--between">
        <span>
          <strong>Content warning:</strong> {warning}
        </span>
        <button
          type="button"
          className="btn btn--secondary btn--small"
          aria-expanded={shown}
          aria-controls={id}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? 'Hide' : 'Show post'}
        </button>
      </p>
      <div id={id} className={shown ? undefined : 'cw__blur'} aria-hidden={!shown} inert={!shown}>
        {children}
      </div>
    </div>
  );
}
