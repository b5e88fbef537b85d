/**
 * A group of toggle buttons for choosing tags (emotions, activities), with a field to add one's
 * own (any words; the server keeps them as the member's custom tags once used).
 */
import { useId, useState } from 'react';

/** Longest tag the server accepts, in characters. */
const TAG_MAX = 32;

/** Props of {@link TagPicker}. */
export interface TagPickerProps {
  /** Group label. */
  label: string;
  /** Tags to offer. */
  options: string[];
  /** Chosen tags. */
  value: string[];
  /** Called with the new choice. */
  onChange(value: string[]): void;
}

/** Lower case, single spaces, as the server stores tags. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The tag picker; each tag is a pressed/unpressed button; "Add" chooses a new one. */
export function TagPicker({ label, options, value, onChange }: TagPickerProps) {
  const id = useId();
  const [own, setOwn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const shown = [...options, ...value.filter((t) => !options.includes(t))];
  const add = () => {
    const tag = normalise(own);
    if (tag === '') return;
    if (tag.length > TAG_MAX || !/^[\p{L}\p{N} '_-]+$/u.test(tag)) {
      setError(`Use up to ${TAG_MAX} letters, numbers, spaces, ' - or _.`);
      return;
    }
    setError(null);
    setOwn('');
    if (!value.includes(tag)) onChange([...value, tag]);
  };
  return (
    <fieldset className="field">
      <legend className="legend">{label}</legend>
      <div className="tags">
        {shown.map((tag) => {
          const on = value.includes(tag);
          return (
            <button
              key={tag}
              type="button"
              className="tag-toggle"
              aria-pressed={on}
              onClick={() => onChange(on ? value.filter((t) => t !== tag) : [...value, tag])}
            >
              {tag.replace(/_/g, ' ')}
            </button>
          );
        })}
      </div>
      <div className="row tag-own">
        <label htmlFor={`${id}-own`} className="visually-hidden">
          Add your own ({label.toLowerCase()})
        </label>
        <input
          id={`${id}-own`}
          type="text"
          placeholder="Add your own…"
          value={own}
          maxLength={TAG_MAX + 8}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setOwn(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="btn btn--secondary btn--small" onClick={add}>
          Add<span className="visually-hidden"> to {label.toLowerCase()}</span>
        </button>
      </div>
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
