/** Change a past check-in: its mood, when it happened, and its note. */
import { type FormEvent, useState } from 'react';
import { api, type Checkin, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { fromLocalInput, toLocalInput } from '../lib/format.ts';
import { TextArea, TextField } from './fields.tsx';
import { MoodPicker } from './MoodPicker.tsx';

/** Props of {@link CheckinEditForm}. */
export interface CheckinEditFormProps {
  /** The check-in being changed. */
  checkin: Checkin;
  /** Called with the saved check-in, or null when cancelled. */
  onDone(saved: Checkin | null): void;
}

/** The inline edit form of a check-in. */
export function CheckinEditForm({ checkin, onDone }: CheckinEditFormProps) {
  const [score, setScore] = useState<number | null>(checkin.score);
  const [when, setWhen] = useState(toLocalInput(checkin.occurred_at));
  const [note, setNote] = useState(checkin.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const occurred = fromLocalInput(when);
    if (occurred === null) {
      setError('Please choose a date and time.');
      return;
    }
    if (Date.parse(occurred) > Date.now() + 5 * 60_000) {
      setError('Check-ins are about the past or now, not the future.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await unwrap(
        api.PATCH('/api/journal/checkins/{id}/', {
          params: { path: { id: checkin.id } },
          body: {
            score: score ?? checkin.score,
            occurred_at: occurred,
            note: note.trim() === '' ? null : note.trim(),
          },
        }),
      );
      onDone(saved);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="stack">
      <MoodPicker label="Mood" value={score} onChange={setScore} />
      <TextField
        label="When"
        type="datetime-local"
        value={when}
        max={toLocalInput(new Date().toISOString())}
        onChange={(e) => setWhen(e.target.value)}
      />
      <TextArea
        label="Note (only you can see it)"
        value={note}
        maxLength={5000}
        onChange={(e) => setNote(e.target.value)}
      />
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="btn btn--small" disabled={busy}>
          {busy ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
