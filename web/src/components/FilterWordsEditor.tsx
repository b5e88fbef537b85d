/**
 * The filter words editor of `/settings/safety`: add (checked as the server would), remove, hide
 * or blur, save; with a live preview of which recent feed posts the words would catch.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { useFeed } from '../api/community.ts';
import { describeError } from '../api/errors.ts';
import { safetyKeys, useFilters } from '../api/safety.ts';
import {
  MAX_LENGTH,
  MAX_WORDS,
  MIN_LENGTH,
  normaliseWord,
  previewFilter,
  wordProblem,
} from '../lib/filter-words.ts';
import { ErrorMessage, FormAlert, Loading, Notice } from './feedback.tsx';

type Action = 'hide' | 'warn';

/** The filter words editor. */
export function FilterWordsEditor() {
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
