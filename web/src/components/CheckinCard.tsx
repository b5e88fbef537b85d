/**
 * The quick check-in: one tap on a mood saves it; then, if the person wants, emotions,
 * activities and a note are added to that same check-in. A very low mood shows support.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, type Checkin, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { journalKeys, useTags } from '../api/journal.ts';
import { moodName } from '../lib/format.ts';
import { Notice } from './feedback.tsx';
import { TextArea } from './fields.tsx';
import { MoodPicker } from './MoodPicker.tsx';
import { TagPicker } from './TagPicker.tsx';

/** The check-in card. */
export function CheckinCard() {
  const client = useQueryClient();
  const tags = useTags();
  const [saved, setSaved] = useState<Checkin | null>(null);
  const [emotions, setEmotions] = useState<string[]>([]);
  const [activities, setActivities] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [detailsSaved, setDetailsSaved] = useState(false);

  const refresh = () => client.invalidateQueries({ queryKey: journalKeys.all });

  const tap = async (score: number | null) => {
    if (score === null) return;
    setBusy(true);
    setError(null);
    setDetailsSaved(false);
    try {
      const checkin =
        saved === null
          ? await unwrap(api.POST('/api/journal/checkins/', { body: { score } }))
          : await unwrap(
              api.PATCH('/api/journal/checkins/{id}/', {
                params: { path: { id: saved.id } },
                body: { score },
              }),
            );
      setSaved(checkin);
      void refresh();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const addDetails = async () => {
    if (saved === null) return;
    setBusy(true);
    setError(null);
    try {
      const checkin = await unwrap(
        api.PATCH('/api/journal/checkins/{id}/', {
          params: { path: { id: saved.id } },
          body: { emotions, activities, note: note.trim() === '' ? null : note.trim() },
        }),
      );
      setSaved(checkin);
      setDetailsSaved(true);
      void refresh();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setSaved(null);
    setEmotions([]);
    setActivities([]);
    setNote('');
    setDetailsSaved(false);
  };

  const emotionTags = [...(tags.data?.emotions.built_in ?? []), ...(tags.data?.emotions.custom ?? [])];
  const activityTags = [...(tags.data?.activities.built_in ?? []), ...(tags.data?.activities.custom ?? [])];

  return (
    <section className="card" aria-labelledby="checkin-heading" aria-busy={busy}>
      <h2 id="checkin-heading">How are you right now?</h2>
      <MoodPicker label="Tap a mood to check in" value={saved?.score ?? null} onChange={tap} />
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {saved ? (
        <div className="stack">
          <Notice tone="success">
            Checked in: {moodName(saved.score).toLowerCase()}. Thank you for taking a moment for yourself.
          </Notice>
          {saved.support ? (
            <div className="alert alert--warn" role="note">
              <p>{saved.support.message}</p>
              <p>
                <Link to="/help">See people you can talk to right now</Link>
              </p>
            </div>
          ) : null}
          <details>
            <summary>Add feelings, activities or a note (optional)</summary>
            <TagPicker label="Feelings" options={emotionTags} value={emotions} onChange={setEmotions} />
            <TagPicker
              label="What you’ve been doing"
              options={activityTags}
              value={activities}
              onChange={setActivities}
            />
            <TextArea
              label="Note (only you can see it)"
              value={note}
              maxLength={5000}
              onChange={(e) => setNote(e.target.value)}
            />
            <div className="row">
              <button type="button" className="btn" onClick={addDetails} disabled={busy}>
                Save details
              </button>
              {detailsSaved ? <span role="status">Details saved.</span> : null}
            </div>
          </details>
          <button type="button" className="btn btn--quiet btn--small" onClick={startOver}>
            Start a new check-in
          </button>
        </div>
      ) : null}
    </section>
  );
}
