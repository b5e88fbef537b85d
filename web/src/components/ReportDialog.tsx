/** Report a post or comment to the moderators, with a reason and an optional note. */
import { useState } from 'react';
import { REPORT_REASONS, type ReportReason } from '../api/community.ts';
import { describeError } from '../api/errors.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { SelectField, TextArea } from './fields.tsx';

/** Props of {@link ReportDialog}. */
export interface ReportDialogProps {
  /** Open? */
  open: boolean;
  /** "post" or "comment". */
  what: string;
  /** Sends the report. */
  send(reason: ReportReason, text: string | null): Promise<unknown>;
  /** Closes the dialog; `sent` is true after a successful report. */
  onClose(sent: boolean): void;
}

/** The report dialog. */
export function ReportDialog({ open, what, send, onClose }: ReportDialogProps) {
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (reason === '') {
      setError('Please choose what’s wrong, so moderators know where to look.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await send(reason, text.trim() === '' ? null : text.trim());
      setText('');
      setReason('');
      onClose(true);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open={open}
      title={`Report this ${what}`}
      confirmLabel={busy ? 'Sending…' : 'Send report'}
      busy={busy}
      onConfirm={submit}
      onClose={() => onClose(false)}
    >
      <p className="muted">Moderators will look at it. The author is not told who reported it.</p>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <SelectField
        label="What’s wrong?"
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
        label="Anything else moderators should know? (optional)"
        value={text}
        maxLength={1000}
        onChange={(e) => setText(e.target.value)}
      />
    </ConfirmDialog>
  );
}
