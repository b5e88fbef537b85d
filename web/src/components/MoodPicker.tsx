/**
 * Five moods as native radio buttons drawn as faces (arrow keys move, one tab stop). Moving
 * only selects; when `onCommit` is given, a tap or click, Space or Enter on a mood commits it
 * (the journal's check-in), so passing over a mood with the arrow keys never records it.
 */
import { type KeyboardEvent, type MouseEvent, useId } from 'react';
import { MOODS } from '../lib/format.ts';
import { MoodFace } from './MoodFace.tsx';

/** Props of {@link MoodPicker}. */
export interface MoodPickerProps {
  /** Group label. */
  label: string;
  /** Selected score or null. */
  value: number | null;
  /** Called with the selected score, or null for "not sharing" (when clearable). */
  onChange(score: number | null): void;
  /** Called when a mood is deliberately chosen: pointer tap, Space or Enter (never by arrow keys). */
  onCommit?: (score: number) => void;
  /** Offer a "Not sharing" choice. */
  clearable?: boolean;
}

/** The mood radio group. */
export function MoodPicker({ label, value, onChange, onCommit, clearable = false }: MoodPickerProps) {
  const name = useId();
  const scores: (number | null)[] = clearable ? [null, 1, 2, 3, 4, 5] : [1, 2, 3, 4, 5];
  const keyCommit = (score: number | null) => (event: KeyboardEvent) => {
    if (onCommit === undefined || score === null) return;
    if (event.key !== ' ' && event.key !== 'Enter') return;
    // Space would also "click" the radio on key-up; committing here once is enough.
    event.preventDefault();
    if (event.repeat) return;
    onChange(score);
    onCommit(score);
  };
  const pointerCommit = (score: number | null) => (event: MouseEvent) => {
    // Arrow keys and Space dispatch clicks too, with detail 0; only a real pointer press commits here.
    if (onCommit === undefined || score === null || event.detail === 0) return;
    onCommit(score);
  };
  return (
    <fieldset className="field">
      <legend className="legend">{label}</legend>
      <div className="moods">
        {scores.map((score) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the radio inside handles the keyboard (Space, Enter).
          <label key={score ?? 'none'} className="mood" onClick={pointerCommit(score)}>
            <input
              type="radio"
              name={name}
              checked={value === score}
              onChange={() => onChange(score)}
              onKeyDown={keyCommit(score)}
            />
            <span className="mood__face">
              {score === null ? <span aria-hidden="true">–</span> : <MoodFace score={score} />}
            </span>
            <span>{score === null ? 'Not sharing' : MOODS[score]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
