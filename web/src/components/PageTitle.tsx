/**
 * The page's `<h1>`: sets `document.title` and, after client-side navigation to another
 * address, takes focus so keyboard and screen-reader users land at the start of the new page.
 * On the first page load focus stays where the browser puts it (so Tab reaches the skip link).
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

let lastPath: string | null = null;

/** Renders the heading and manages title and focus. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} · MentalMuse` : 'MentalMuse';
  }, [text]);
  useEffect(() => {
    const moved = lastPath !== null && lastPath !== pathname;
    lastPath = pathname;
    if (moved) ref.current?.focus();
  }, [pathname]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
