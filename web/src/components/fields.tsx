/**
 * Labelled form controls: every control has a visible label, an optional hint and an error
 * message tied to it with `aria-describedby`, and `aria-invalid` when the error shows.
 */
import { type ComponentPropsWithRef, type ReactNode, useId } from 'react';

interface FieldBase {
  /** Visible label. */
  label: ReactNode;
  /** Help under the label. */
  hint?: ReactNode;
  /** Error message for this field. */
  error?: string | undefined;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Messages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}

/** A text-like input (`type` text, email, password, search…). */
export function TextField({
  label,
  hint,
  error,
  id: given,
  ...input
}: FieldBase & ComponentPropsWithRef<'input'>) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A multi-line text input. */
export function TextArea({
  label,
  hint,
  error,
  id: given,
  ...input
}: FieldBase & ComponentPropsWithRef<'textarea'>) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A select box. */
export function SelectField({
  label,
  hint,
  error,
  id: given,
  children,
  ...input
}: FieldBase & ComponentPropsWithRef<'select'>) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      >
        {children}
      </select>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({
  label,
  hint,
  error,
  id: given,
  ...input
}: FieldBase & ComponentPropsWithRef<'input'>) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <div className="check">
      <input id={id} type="checkbox" aria-describedby={describedBy(id, hint, error)} {...input} />
      <div>
        <label htmlFor={id}>{label}</label>
        <Messages id={id} hint={hint} error={error} />
      </div>
    </div>
  );
}
