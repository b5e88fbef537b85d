/** Loading, empty, error and notice blocks used on every page. */
import type { ReactNode } from 'react';
import { describeError } from '../api/errors.ts';

/** A polite loading indicator. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> <span>{label}</span>
    </div>
  );
}

/** Shown when a list has nothing in it yet. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state card">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

/** An error as a sentence, with an optional retry. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="alert alert--error" role="alert">
      <p>{describeError(error)}</p>
      {onRetry ? (
        <button type="button" className="btn btn--secondary btn--small" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** A form-level error sentence (announced to screen readers), or nothing when there is none. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div className="alert alert--error" role="alert">
      {message}
    </div>
  );
}

/** A message box; `role="status"` so screen readers hear it when it appears. */
export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'success' | 'warn';
  children: ReactNode;
}) {
  return (
    <div className={`alert alert--${tone}`} role="status">
      {children}
    </div>
  );
}
