/**
 * The help panel "Need help now?" opens over whatever page someone is on, so nothing they were
 * writing is lost; the full help page stays one tap away.
 */
import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { HelpResources } from './HelpResources.tsx';

/** Props of {@link HelpDialog}. */
export interface HelpDialogProps {
  /** Whether the panel is open. */
  open: boolean;
  /** Called on close, Escape, or when the full page is opened. */
  onClose(): void;
}

/** A modal panel with the crisis resources (native `<dialog>`: focus kept inside, Escape closes). */
export function HelpDialog({ open, onClose }: HelpDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal?.();
      heading.current?.focus();
    }
    if (!open && dialog.open) dialog.close?.();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="row row--between">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          If you need help right now
        </h2>
        <button type="button" className="btn btn--secondary btn--small" onClick={onClose}>
          Close<span className="visually-hidden"> the help panel</span>
        </button>
      </div>
      <p>
        <Link to="/help" onClick={onClose}>
          Open the full help page
        </Link>{' '}
        <span className="muted small">(with ways to steady yourself while you wait)</span>
      </p>
      {open ? <HelpResources level={3} /> : null}
    </dialog>
  );
}
