/**
 * Asks before the browser leaves the page (closing the tab, reloading, following an outside link)
 * while `active` — i.e. while a form holds text that has not been sent. Moving around inside the
 * app needs no question: the text stays as a local draft (`useDraft`) and comes back.
 */
import { useEffect } from 'react';

/** Installs the browser's "leave this page?" question while `active` is true. */
export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers only ask when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}
