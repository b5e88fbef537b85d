/**
 * Asked when someone chooses another mood after checking in: change that check-in, save a new
 * one, or keep it — so a second tap never silently rewrites what was recorded.
 */
import { useEffect, useId, useRef } from 'react';
import type { Checkin } from '../api/client.ts';
import { moodName, timeAgo } from '../lib/format.ts';

/** Props of {@link CheckinChangePrompt}. */
export interface CheckinChangePromptProps {
  /** The check-in saved a moment ago. */
  saved: Checkin;
  /** The mood chosen since. */
  score: number;
  /** A save is running. */
  busy: boolean;
  /** Change the saved check-in to `score`. */
  onChange(): void;
  /** Keep it and save `score` as a new check-in. */
  onNew(): void;
  /** Keep things as they are. */
  onKeep(): void;
}

/** The change-or-add question, focused when it appears. */
export function CheckinChangePrompt({
  saved,
  score,
  busy,
  onChange,
  onNew,
  onKeep,
}: CheckinChangePromptProps) {
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  const was = moodName(saved.score).toLowerCase();
  const now = moodName(score).toLowerCase();
  return (
    <fieldset className="alert alert--info stack" aria-labelledby={id}>
      <p id={id}>
        You already checked in as {was} {timeAgo(saved.occurred_at)}. Change that check-in to {now}, or keep
        it and save {now} as a new one?
      </p>
      <div className="row">
        <button ref={first} type="button" className="btn btn--small" disabled={busy} onClick={onChange}>
          Change it to {now}
        </button>
        <button type="button" className="btn btn--secondary btn--small" disabled={busy} onClick={onNew}>
          Save a new check-in
        </button>
        <button type="button" className="btn btn--quiet btn--small" disabled={busy} onClick={onKeep}>
          Keep {was}
        </button>
      </div>
    </fieldset>
  );
}
