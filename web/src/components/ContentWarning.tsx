/**
 * Content behind a warning: blurred (and hidden from screen readers) until the reader chooses
 * to show it.
 */
import { type ReactNode, useId, useState } from 'react';
import { rememberRevealed, wasRevealed } from '../lib/revealed.ts';

/** Props of {@link ContentWarning}. */
export interface ContentWarningProps {
  /** The warning, or nothing to show `children` plainly. */
  warning: string | null | undefined;
  /** What the warning covers. */
  children: ReactNode;
  /** Controlled: whether the content is shown (so a page can keep related content behind it too). */
  shown?: boolean;
  /** Controlled: called when the reader shows or hides the content. */
  onShownChange?: (shown: boolean) => void;
  /** Remember the reader's choice for this id while the tab is open (see `lib/revealed.ts`). */
  rememberAs?: string;
  /** What the warning is, before its text (default "Content warning:"). */
  label?: string;
  /** The button that shows the content (default "Show post"). */
  showLabel?: string;
}

/** Wraps `children` behind `warning` when there is one. */
export function ContentWarning({
  warning,
  children,
  shown: controlled,
  onShownChange,
  rememberAs,
  label = 'Content warning:',
  showLabel = 'Show post',
}: ContentWarningProps) {
  const [own, setOwn] = useState(() => (rememberAs ? wasRevealed(rememberAs) : false));
  const shown = controlled ?? own;
  const setShown = (next: boolean) => {
    setOwn(next);
    if (rememberAs) rememberRevealed(rememberAs, next);
    onShownChange?.(next);
  };
  const id = useId();
  if (!warning) return <>{children}</>;
  return (
    <div className="cw">
      <p className="row row--between">
        <span>
          <strong>{label}</strong> {warning}
        </span>
        <button
          type="button"
          className="btn btn--secondary btn--small"
          aria-expanded={shown}
          aria-controls={id}
          onClick={() => setShown(!shown)}
        >
          {shown ? 'Hide' : showLabel}
        </button>
      </p>
      <div id={id} className={shown ? undefined : 'cw__blur'} aria-hidden={!shown} inert={!shown}>
        {children}
      </div>
    </div>
  );
}
