/**
 * `/settings/safety`: the people one blocked or muted (undo with one button), and one's filter
 * words (hide or blur posts and comments containing them) with a live preview over the recent
 * feed of what the words would catch.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { User } from '../api/client.ts';
import { describeError } from '../api/errors.ts';
import { type SafetyAction, safetyKeys, setRelation, useBlocks, useMutes } from '../api/safety.ts';
import { FilterWordsEditor } from '../components/FilterWordsEditor.tsx';
import { ErrorMessage, Loading } from '../components/feedback.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SettingsNav } from '../components/SettingsNav.tsx';

function PeopleList({
  action,
  people,
  onUndone,
}: {
  action: SafetyAction;
  people: User[];
  onUndone(message: string): void;
}) {
  const client = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const undo = async (person: User) => {
    setBusy(person.id);
    try {
      await setRelation(action, person.id, false);
      onUndone(
        action === 'block'
          ? `You unblocked ${person.name}. You can see each other’s posts again.`
          : `You unmuted ${person.name}. Their posts show for you again.`,
      );
      await client.invalidateQueries({ queryKey: safetyKeys.all });
      await client.invalidateQueries({ queryKey: ['posts'] });
    } catch (e) {
      onUndone(describeError(e));
    } finally {
      setBusy(null);
    }
  };
  if (people.length === 0) {
    return (
      <p className="muted">
        {action === 'block' ? 'You haven’t blocked anyone.' : 'You haven’t muted anyone.'}
      </p>
    );
  }
  return (
    <ul className="list-plain">
      {people.map((person) => (
        <li key={person.id} className="row row--between person">
          <span className="row">
            <img className="avatar" src={person.avatar} alt="" width="40" height="40" />
            <span>
              {person.name} <span className="muted small">@{person.username}</span>
            </span>
          </span>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={busy === person.id}
            onClick={() => void undo(person)}
          >
            {action === 'block' ? 'Unblock' : 'Unmute'}
            <span className="visually-hidden"> {person.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The safety settings page. */
export function SafetySettingsPage() {
  const blocks = useBlocks();
  const mutes = useMutes();
  const [message, setMessage] = useState<string | null>(null);
  const [said, setSaid] = useState(0);
  const messageBox = useRef<HTMLParagraphElement>(null);
  // The person's row has just gone: the sentence about it takes focus.
  useEffect(() => {
    if (said > 0) messageBox.current?.focus();
  }, [said]);
  const onUndone = (text: string) => {
    setMessage(text);
    setSaid((n) => n + 1);
  };
  return (
    <>
      <PageTitle title="Safety">Safety</PageTitle>
      <SettingsNav />
      <div role="status">
        {message ? (
          <p ref={messageBox} tabIndex={-1} className="alert alert--info">
            {message}
          </p>
        ) : null}
      </div>
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">Blocked and muted</h2>
        <p className="muted small">
          <strong>Block</strong>: neither of you sees the other’s posts and comments, and neither gets
          notifications about the other. <strong>Mute</strong>: you stop seeing their posts and comments; they
          notice nothing. Neither is ever announced. Moderators and admins can’t be blocked, so help stays
          reachable.
        </p>
        <h3>Blocked</h3>
        {blocks.isPending ? <Loading label="Loading…" /> : null}
        {blocks.isError ? <ErrorMessage error={blocks.error} onRetry={() => blocks.refetch()} /> : null}
        {blocks.data ? <PeopleList action="block" people={blocks.data} onUndone={onUndone} /> : null}
        <h3>Muted</h3>
        {mutes.isPending ? <Loading label="Loading…" /> : null}
        {mutes.isError ? <ErrorMessage error={mutes.error} onRetry={() => mutes.refetch()} /> : null}
        {mutes.data ? <PeopleList action="mute" people={mutes.data} onUndone={onUndone} /> : null}
      </section>
      <FilterWordsEditor />
    </>
  );
}
