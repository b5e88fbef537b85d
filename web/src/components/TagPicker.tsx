/** A group of toggle buttons for choosing tags (emotions, activities). */
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

/** The tag picker; each tag is a pressed/unpressed button. */
export function TagPicker({ label, options, value, onChange }: TagPickerProps) {
  return (
    <fieldset className="field">
      <legend className="legend">{label}</legend>
      <div className="tags">
        {options.map((tag) => {
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
    </fieldset>
  );
}
