/**
 * A confirmation dialog on the native `<dialog>` element: modal, focus kept inside, Escape
 * closes, focus returns to the button that opened it.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  /** Whether it is open. */
  open: boolean;
  /** Heading. */
  title: string;
  /** Body text or controls. */
  children?: ReactNode;
  /** Label of the confirming button. */
  confirmLabel: string;
  /** Danger styling for destructive actions. */
  danger?: boolean;
  /** Disable the confirm button (while working). */
  busy?: boolean;
  /** Called on confirm. */
  onConfirm(): void;
  /** Called on cancel, Escape or backdrop. */
  onClose(): void;
}

/** A modal confirmation. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close?.();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="stack">{children}</div>
      <div className="row dialog-actions">
        <button
          type="button"
          className={`btn ${danger ? 'btn--danger' : ''}`}
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
