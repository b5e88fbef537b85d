/** Text with the search query's matches in `<mark>` (as React text, never as HTML). */
import { highlight } from '../lib/highlight.ts';

/** Renders `text`, marking what matches `query`. */
export function Highlight({ text, query }: { text: string; query: string | undefined }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {highlight(text, query).map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
