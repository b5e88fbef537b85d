/**
 * Content that matched the reader's own filter words (action "warn"): blurred and hidden from
 * screen readers until the reader chooses to show it — "Hidden by your filter: word — Show".
 */
import type { ReactNode } from 'react';
import { ContentWarning } from './ContentWarning.tsx';

/** Wraps `children` when `words` is not empty. */
export function FilteredContent({
  words,
  children,
}: {
  words: readonly string[] | undefined;
  children: ReactNode;
}) {
  return (
    <ContentWarning warning={words?.join(', ')} label="Hidden by your filter:" showLabel="Show">
      {children}
    </ContentWarning>
  );
}
