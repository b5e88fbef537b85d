/**
 * The app-wide message of `lib/flash.ts`, at the top of the main region. It takes focus when it
 * appears (what the person acted on may have just disappeared), and goes away on dismissal or
 * when the person moves to another page.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router';
import { clearFlash, currentFlash, subscribeFlash } from '../lib/flash.ts';

/** The flash message, if any. */
export function Flash() {
  const message = useSyncExternalStore(subscribeFlash, currentFlash, currentFlash);
  const { pathname } = useLocation();
  const shownAt = useRef<string | null>(null);
  const keep = useRef(0);
  const box = useRef<HTMLDivElement>(null);
  const id = message?.id;
  useEffect(() => {
    if (id === undefined) return;
    shownAt.current = null;
    keep.current = currentFlash()?.keep ?? 0;
    // A confirmation dialog may still be closing (a modal makes the page inert): focus a moment later.
    const timer = setTimeout(() => box.current?.focus(), 120);
    return () => clearTimeout(timer);
  }, [id]);
  useEffect(() => {
    if (id === undefined) return;
    if (shownAt.current === null) shownAt.current = pathname;
    else if (shownAt.current !== pathname) {
      if (keep.current > 0) {
        keep.current -= 1;
        shownAt.current = pathname;
      } else clearFlash();
    }
  }, [pathname, id]);
  // Rendered only with a message (it takes focus, so no waiting live region is needed).
  if (message === null) return null;
  return (
    <div ref={box} tabIndex={-1} role="status" className="alert alert--success flash">
      <p>
        {message.text} {message.link ? <Link to={message.link.to}>{message.link.label}</Link> : null}
      </p>
      <button type="button" className="btn btn--quiet btn--small" onClick={clearFlash}>
        Dismiss<span className="visually-hidden"> this message</span>
      </button>
    </div>
  );
}
