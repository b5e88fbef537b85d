/**
 * Loads the next page when the end of a list scrolls into view, with a visible "Load more"
 * button for keyboard users and browsers without IntersectionObserver.
 */
import { useEffect, useRef } from 'react';

/** Props of {@link LoadMore}. */
export interface LoadMoreProps {
  /** More pages exist. */
  hasMore: boolean;
  /** A page is loading. */
  loading: boolean;
  /** Loads the next page. */
  onMore(): void;
  /** Button label. */
  label?: string;
}

/** The end-of-list sentinel and button. */
export function LoadMore({ hasMore, loading, onMore, label = 'Show more' }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (node === null || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !loading) onMore();
      },
      { rootMargin: '400px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, loading, onMore]);
  if (!hasMore) return null;
  return (
    <div className="state">
      <div ref={sentinel} className="sentinel" />
      <button type="button" className="btn btn--secondary" onClick={onMore} disabled={loading}>
        {loading ? 'Loading…' : label}
      </button>
    </div>
  );
}
