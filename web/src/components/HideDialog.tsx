/** The moderator's hide dialog: a reason (the author sees it) and an optional note to the author. */
import { useEffect, useState } from 'react';
import { REPORT_REASONS, type ReportReason } from '../api/community.ts';
import { describeError } from '../api/errors.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { SelectField, TextArea } from './fields.tsx';

/** Props of {@link HideDialog}. */
export interface HideDialogProps {
  /** Open? */
  open: boolean;
  /** "post" or "comment". */
  what: string;
  /** The reason to start from (the report's), if any. */
  initialReason?: ReportReason | undefined;
  /** Hides with the chosen reason and note. */
  hide(reason: ReportReason, note: string): Promise<unknown>;
  /** Closes the dialog. */
  onClose(): void;
}

/** The hide dialog. */
export function HideDialog({ open, what, initialReason, hide, onClose }: HideDialogProps) {
  const [reason, setReason] = useState<ReportReason | ''>(initialReason ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) setReason(initialReason ?? '');
  }, [open, initialReason]);
  const submit = async () => {
    if (reason === '') {
      setError('Please choose a reason; the author will see it.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await hide(reason, note.trim());
      setNote('');
      onClose();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open={open}
      title={`Hide this ${what}`}
      confirmLabel={busy ? 'Hiding…' : `Hide ${what}`}
      danger
      busy={busy}
      onConfirm={submit}
      onClose={onClose}
    >
      <p className="muted">
        The author will still see it, with your reason and note, and can ask for another look once.
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <SelectField
        label="Reason"
        value={reason}
        onChange={(e) => setReason(e.target.value as ReportReason | '')}
      >
        <option value="">Choose a reason…</option>
        {REPORT_REASONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextArea
        label="A kind note to the author (optional)"
        value={note}
        maxLength={1000}
        onChange={(e) => setNote(e.target.value)}
      />
    </ConfirmDialog>
  );
}
