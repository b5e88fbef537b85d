/**
 * Five moods as native radio buttons drawn as faces (arrow keys move, one tab stop, one tap
 * chooses). Used by the post form and the journal check-in.
 */
import { useId } from 'react';
import { MOODS } from '../lib/format.ts';
import { MoodFace } from './MoodFace.tsx';

/** Props of {@link MoodPicker}. */
export interface MoodPickerProps {
  /** Group label. */
  label: string;
  /** Selected score or null. */
  value: number | null;
  /** Called with the chosen score, or null for "not sharing" (when clearable). */
  onChange(score: number | null): void;
  /** Offer a "Not sharing" choice. */
  clearable?: boolean;
}

/** The mood radio group. */
export function MoodPicker({ label, value, onChange, clearable = false }: MoodPickerProps) {
  const name = useId();
  const scores: (number | null)[] = clearable ? [null, 1, 2, 3, 4, 5] : [1, 2, 3, 4, 5];
  return (
    <fieldset className="field">
      <legend className="legend">{label}</legend>
      <div className="moods">
        {scores.map((score) => (
          <label key={score ?? 'none'} className="mood">
            <input
              type="radio"
              name={name}
              checked={value === score}
              onChange={() => onChange(score)}
              onClick={() => {
                // A second tap on the chosen mood still counts (e.g. to check in again).
                if (value === score && score !== null) onChange(score);
              }}
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
