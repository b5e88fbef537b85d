/**
 * Autosaves a form's text as a local draft (see `drafts.ts`) and restores it when the form
 * appears again for the same member and place. While the form holds unsent text, leaving the
 * page in the browser asks first (`useLeaveGuard`).
 */
import { useCallback, useEffect, useRef } from 'react';
import { useAuth } from '../auth/AuthProvider.tsx';
import { clearDraft, draftKey, loadDraft, saveDraft } from './drafts.ts';
import { useLeaveGuard } from './useLeaveGuard.ts';

/** What {@link useDraft} gives a form. */
export interface DraftControls {
  /** Forget the draft (call after a successful send). */
  clear(): void;
}

/**
 * Keeps `value` as the draft for `place` while `isEmpty(value)` is false, and calls `restore`
 * once with a saved draft when the form mounts. `place` null turns drafts off.
 */
export function useDraft<T>(
  place: string | null,
  value: T,
  restore: (draft: T) => void,
  isEmpty: (value: T) => boolean,
): DraftControls {
  const { user } = useAuth();
  const key = place !== null && user !== null ? draftKey(user.id, place) : null;
  const restored = useRef<string | null>(null);
  const baseline = useRef<string | null>(null);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;
  const serialised = JSON.stringify(value);

  useEffect(() => {
    if (key === null || restored.current === key) return;
    restored.current = key;
    baseline.current = serialised;
    const draft = loadDraft<T>(key);
    if (draft !== null) restoreRef.current(draft);
  }, [key, serialised]);

  const isEmptyRef = useRef(isEmpty);
  isEmptyRef.current = isEmpty;
  useEffect(() => {
    // The untouched form as it mounted must not overwrite (or clear) the draft being restored.
    if (key === null || restored.current !== key || serialised === baseline.current) return;
    baseline.current = null;
    const current = JSON.parse(serialised) as T;
    if (isEmptyRef.current(current)) clearDraft(key);
    else saveDraft(key, current);
  }, [key, serialised]);

  useLeaveGuard(key !== null && !isEmpty(value));

  const clear = useCallback(() => {
    if (key !== null) clearDraft(key);
  }, [key]);
  return { clear };
}
