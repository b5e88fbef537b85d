/** Glue between server field errors and react-hook-form. */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, describeError } from '../api/errors.ts';

/**
 * Puts a 400's field errors on the matching form fields (`rename` maps server names to form
 * names) and returns the sentence to show above the form, or null when every error found a field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  rename: Record<string, Path<T>> = {},
): string | null {
  if (!(error instanceof ApiError) || error.kind !== 'validation') return describeError(error);
  let placed = 0;
  const leftovers: string[] = [...error.nonField];
  for (const [serverName, messages] of Object.entries(error.fields)) {
    const name = rename[serverName] ?? (serverName as Path<T>);
    if (fields.includes(name)) {
      setError(name, { type: 'server', message: messages.join(' ') }, { shouldFocus: placed === 0 });
      placed += 1;
    } else {
      leftovers.push(...messages);
    }
  }
  if (error.detail !== null) leftovers.push(error.detail);
  if (leftovers.length > 0) return leftovers.join(' ');
  return placed > 0 ? null : describeError(error);
}
