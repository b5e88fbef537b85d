/**
 * `/settings/safety`: the people one blocked or muted (undo with one button), and one's filter
 * words (hide or blur posts and comments containing them) with a live preview over the recent
 * feed of what the words would catch.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, type User, unwrap } from '../api/client.ts';
import { useFeed } from '../api/community.ts';
import { describeError } from '../api/errors.ts';
import {
  type SafetyAction,
  safetyKeys,
  setRelation,
  useBlocks,
  useFilters,
  useMutes,
} from '../api/safety.ts';
import { ErrorMessage, FormAlert, Loading, Notice } from '../components/feedback.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SettingsNav } from '../components/SettingsNav.tsx';
import {
  MAX_LENGTH,
  MAX_WORDS,
  MIN_LENGTH,
  normaliseWord,
  previewFilter,
  wordProblem,
} from '../lib/filter-words.ts';

type Action = 'hide' | 'warn';

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

function FilterEditor() {
  const client = useQueryClient();
  const filters = useFilters();
  const feed = useFeed();
  const [words, setWords] = useState<string[] | null>(null);
  const [action, setAction] = useState<Action>('hide');
  const [entry, setEntry] = useState('');
  const [entryError, setEntryError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (filters.data && words === null) {
      setWords(filters.data.words);
      setAction(filters.data.action);
    }
  }, [filters.data, words]);

  if (filters.isPending) return <Loading label="Loading your filter words…" />;
  if (filters.isError) return <ErrorMessage error={filters.error} onRetry={() => filters.refetch()} />;
  const list = words ?? [];
  const posts = feed.data?.pages.flatMap((page) => page.results) ?? [];
  const preview = previewFilter(posts, list);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const problem = wordProblem(entry, list);
    setEntryError(problem);
    if (problem !== null) return;
    setWords([...list, normaliseWord(entry)]);
    setEntry('');
    setSaved(false);
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const next = await unwrap(api.PUT('/api/account/filters/', { body: { words: list, action } }));
      client.setQueryData(safetyKeys.filters, next);
      setWords(next.words);
      setAction(next.action);
      setSaved(true);
      await client.invalidateQueries({ queryKey: ['posts'] });
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filter words</h2>
      <p className="muted small">
        Posts and comments containing these words or phrases (whole words, upper or lower case) are kept away
        from you. Only you see your list. Up to {MAX_WORDS}, each {MIN_LENGTH}–{MAX_LENGTH} characters.
      </p>
      <form onSubmit={add} noValidate className="row filter-add">
        <div className="field">
          <label htmlFor="filter-word">Add a word or phrase</label>
          <input
            ref={input}
            id="filter-word"
            type="text"
            value={entry}
            maxLength={MAX_LENGTH + 10}
            aria-invalid={entryError ? true : undefined}
            aria-describedby={entryError ? 'filter-word-error' : undefined}
            onChange={(e) => {
              setEntry(e.target.value);
              setEntryError(null);
            }}
          />
          {entryError ? (
            <span id="filter-word-error" className="field-error">
              {entryError}
            </span>
          ) : null}
        </div>
        <button type="submit" className="btn btn--secondary">
          Add
        </button>
      </form>
      {list.length === 0 ? (
        <p className="muted">No filter words yet.</p>
      ) : (
        <ul className="tags list-plain filter-words" aria-label="Your filter words">
          {list.map((word) => (
            <li key={word} className="chip">
              {word}{' '}
              <button
                type="button"
                className="chip__remove"
                onClick={() => {
                  setWords(list.filter((w) => w !== word));
                  setSaved(false);
                  input.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Remove {word}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend className="legend">When something matches</legend>
        <div className="check">
          <input
            id="filter-hide"
            type="radio"
            name="filter-action"
            checked={action === 'hide'}
            onChange={() => {
              setAction('hide');
              setSaved(false);
            }}
          />
          <label htmlFor="filter-hide">Hide it completely</label>
        </div>
        <div className="check">
          <input
            id="filter-warn"
            type="radio"
            name="filter-action"
            checked={action === 'warn'}
            onChange={() => {
              setAction('warn');
              setSaved(false);
            }}
          />
          <label htmlFor="filter-warn">Blur it, with the word shown, so I can choose to read it</label>
        </div>
      </fieldset>
      <FormAlert message={error} />
      {saved ? <Notice tone="success">Your filter words are saved.</Notice> : null}
      <button type="button" className="btn" disabled={busy} onClick={() => void save()}>
        {busy ? 'Saving…' : 'Save filter words'}
      </button>
      <section aria-labelledby="preview-heading" className="filter-preview">
        <h3 id="preview-heading">Preview</h3>
        <p className="muted small" aria-live="polite">
          {list.length === 0
            ? 'Add a word to see which recent posts it would catch.'
            : preview.length === 0
              ? `None of the ${posts.length} most recent posts in your feed match.`
              : `${preview.length} of the ${posts.length} most recent posts in your feed would be ${
                  action === 'hide' ? 'hidden' : 'blurred'
                }.`}
        </p>
        {preview.length > 0 ? (
          <ul className="list-plain">
            {preview.map(({ post, words: matched }) => (
              <li key={post.id} className="small">
                <Link to={`/post/${post.id}`}>Post by {post.author.name}</Link> — matches{' '}
                {matched.map((w) => `“${w}”`).join(', ')}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="muted small">
          Posts your saved words already hide are not in your feed, so they aren’t listed.
        </p>
      </section>
    </section>
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
      <FilterEditor />
    </>
  );
}
