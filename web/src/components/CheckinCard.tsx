/**
 * The quick check-in: choosing a mood (a tap, or arrow keys then Space, Enter or "Check in")
 * saves it; then, if the person wants, emotions, activities and a note are added to that same
 * check-in. Arrow keys only move the selection, input is ignored while a save runs, and
 * choosing another mood after saving asks whether to change that check-in or add a new one.
 * A very low mood shows support. Without a network the check-in is kept on this device and sent
 * later (offline/sync.ts), marked "waiting to sync".
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, type Checkin, unwrap } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { journalKeys, useTags } from '../api/journal.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { fromLocalInput, moodName, toLocalInput } from '../lib/format.ts';
import { createOrQueue } from '../offline/sync.ts';
import { CheckinChangePrompt } from './CheckinChangePrompt.tsx';
import { Notice } from './feedback.tsx';
import { TextArea, TextField } from './fields.tsx';
import { MoodPicker } from './MoodPicker.tsx';
import { TagPicker } from './TagPicker.tsx';

/** The check-in card. */
export function CheckinCard() {
  const client = useQueryClient();
  const { user } = useAuth();
  const [queuedScore, setQueuedScore] = useState<number | null>(null);
  const tags = useTags();
  const [choice, setChoice] = useState<number | null>(null);
  const [saved, setSaved] = useState<Checkin | null>(null);
  const [changedFrom, setChangedFrom] = useState<number | null>(null);
  const [pending, setPending] = useState<number | null>(null);
  const [emotions, setEmotions] = useState<string[]>([]);
  const [activities, setActivities] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [when, setWhen] = useState('');
  const working = useRef(false);
  const [detailsSaved, setDetailsSaved] = useState(false);

  const refresh = () => client.invalidateQueries({ queryKey: journalKeys.all });

  /** Runs one save at a time; anything asked for meanwhile is ignored. */
  const run = async (work: () => Promise<void>) => {
    if (working.current) return;
    working.current = true;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(describeError(e));
    } finally {
      working.current = false;
      setBusy(false);
    }
  };

  const create = (score: number) =>
    run(async () => {
      const occurred = fromLocalInput(when);
      const body = occurred === null ? { score } : { score, occurred_at: occurred };
      const result = await createOrQueue<Checkin>('checkin', body, user?.id ?? '');
      if (result.queued !== undefined) {
        setQueuedScore(score);
        setChoice(null);
        setPending(null);
        setWhen('');
        return;
      }
      const checkin = result.sent;
      setQueuedScore(null);
      setSaved(checkin);
      setChoice(checkin.score);
      setChangedFrom(null);
      setPending(null);
      setEmotions([]);
      setActivities([]);
      setNote('');
      setDetailsSaved(false);
      void refresh();
    });

  const change = (current: Checkin, score: number) =>
    run(async () => {
      const checkin = await unwrap(
        api.PATCH('/api/journal/checkins/{id}/', { params: { path: { id: current.id } }, body: { score } }),
      );
      setChangedFrom(current.score);
      setSaved(checkin);
      setChoice(checkin.score);
      setPending(null);
      void refresh();
    });

  const commit = (score: number) => {
    if (working.current) return;
    setChoice(score);
    const occurred = fromLocalInput(when);
    if (saved === null && occurred !== null && Date.parse(occurred) > Date.now() + 5 * 60_000) {
      setError('Check-ins are about the past or now, not the future. Please choose an earlier time.');
      return;
    }
    if (saved === null) void create(score);
    else if (score !== saved.score) setPending(score);
  };

  const addDetails = (current: Checkin) =>
    run(async () => {
      const checkin = await unwrap(
        api.PATCH('/api/journal/checkins/{id}/', {
          params: { path: { id: current.id } },
          body: { emotions, activities, note: note.trim() === '' ? null : note.trim() },
        }),
      );
      setSaved(checkin);
      setDetailsSaved(true);
      void refresh();
    });

  const startOver = () => {
    setQueuedScore(null);
    setWhen('');
    setSaved(null);
    setChoice(null);
    setPending(null);
    setChangedFrom(null);
    setEmotions([]);
    setActivities([]);
    setNote('');
    setDetailsSaved(false);
  };

  const emotionTags = [...(tags.data?.emotions.built_in ?? []), ...(tags.data?.emotions.custom ?? [])];
  const activityTags = [...(tags.data?.activities.built_in ?? []), ...(tags.data?.activities.custom ?? [])];

  return (
    <section id="checkin" className="card" aria-labelledby="checkin-heading" aria-busy={busy}>
      <h2 id="checkin-heading">How are you right now?</h2>
      {queuedScore !== null ? (
        <Notice tone="info">
          Checked in: {moodName(queuedScore).toLowerCase()} — saved on this device, waiting to sync. It will
          be sent when you are back online.
        </Notice>
      ) : null}
      <MoodPicker
        label="Choose a mood to check in"
        value={choice}
        onChange={(score) => {
          if (!working.current) setChoice(score);
        }}
        onCommit={commit}
      />
      {saved === null ? (
        <details className="backfill">
          <summary>Checking in for an earlier time?</summary>
          <TextField
            label="When"
            hint="Leave empty for now."
            type="datetime-local"
            value={when}
            max={toLocalInput(new Date().toISOString())}
            onChange={(e) => setWhen(e.target.value)}
          />
        </details>
      ) : null}
      {saved === null ? (
        <button
          type="button"
          className="btn"
          disabled={choice === null || busy}
          onClick={() => choice !== null && commit(choice)}
        >
          {busy ? 'Saving…' : 'Check in'}
        </button>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {saved && pending !== null ? (
        <CheckinChangePrompt
          saved={saved}
          score={pending}
          busy={busy}
          onChange={() => void change(saved, pending)}
          onNew={() => void create(pending)}
          onKeep={() => {
            setPending(null);
            setChoice(saved.score);
          }}
        />
      ) : null}
      {saved ? (
        <div className="stack">
          <Notice tone={saved.score <= 2 ? 'info' : 'success'}>
            Checked in: {moodName(saved.score).toLowerCase()}.
            {changedFrom !== null ? ` (Changed from ${moodName(changedFrom).toLowerCase()}.)` : ''} Thank you
            for taking a moment for yourself.
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
              <button type="button" className="btn" onClick={() => void addDetails(saved)} disabled={busy}>
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
