/**
 * What the author of hidden content sees (API.md C6): why a moderator hid it, their note, and
 * one appeal. Only the author's own content carries `moderation`, so nobody else sees this.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { REPORT_REASONS } from '../api/community.ts';
import { describeError } from '../api/errors.ts';
import { fullDate } from '../lib/format.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { TextArea } from './fields.tsx';

/** The `moderation` field of a post or comment. */
export interface ModerationInfo {
  reason: string;
  note: string;
  hidden_at: string;
  appeal: { status: 'open' | 'upheld' | 'restored'; created: string } | null;
}

/** A reason in words. */
export const reasonLabel = (reason: string) =>
  REPORT_REASONS.find(([value]) => value === reason)?.[1] ?? reason;

const APPEAL_STATE = {
  open: 'You asked for another look. A moderator will reply; you will see the outcome here.',
  upheld: 'A moderator looked again and decided it stays hidden.',
  restored: 'A moderator looked again and restored it.',
} as const;

/** Props of {@link ModerationNotice}. */
export interface ModerationNoticeProps {
  /** What was hidden. */
  what: 'post' | 'comment';
  /** Why. */
  moderation: ModerationInfo;
  /** Sends the appeal. */
  appeal(message: string): Promise<unknown>;
  /** Query keys to refresh after appealing. */
  refresh: readonly (readonly unknown[])[];
}

/** The notice with its appeal button and dialog. */
export function ModerationNotice({ what, moderation, appeal, refresh }: ModerationNoticeProps) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const submit = async () => {
    if (message.trim() === '') {
      setError('Please tell the moderators, in a sentence or two, why it should be shown.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await appeal(message.trim());
      setOpen(false);
      setSent(true);
      for (const key of refresh) await client.invalidateQueries({ queryKey: [...key] });
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="alert alert--info moderation-notice">
      <p>
        <strong>Only you can see this {what} now.</strong> A moderator hid it{' '}
        <time dateTime={moderation.hidden_at} title={fullDate(moderation.hidden_at)}>
          {fullDate(moderation.hidden_at)}
        </time>{' '}
        — reason: {reasonLabel(moderation.reason)}.
      </p>
      {moderation.note ? <p>Their note: “{moderation.note}”</p> : null}
      {moderation.appeal ? (
        <p role={sent ? 'status' : undefined}>{APPEAL_STATE[moderation.appeal.status]}</p>
      ) : (
        <>
          <p className="small">If you think this was a mistake, you can ask for another look once.</p>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setOpen(true)}>
            Appeal this decision
          </button>
        </>
      )}
      <ConfirmDialog
        open={open}
        title={`Ask for another look at your ${what}`}
        confirmLabel={busy ? 'Sending…' : 'Send appeal'}
        busy={busy}
        onConfirm={submit}
        onClose={() => setOpen(false)}
      >
        <p className="muted">
          A moderator who reads it will decide whether to show it again. You can appeal once.
        </p>
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        <TextArea
          label="Why should it be shown?"
          value={message}
          maxLength={2000}
          onChange={(e) => setMessage(e.target.value)}
        />
      </ConfirmDialog>
    </div>
  );
}

/** Sends a post's appeal. */
export const appealPost = (id: string) => (message: string) =>
  unwrap(api.POST('/api/post/{id}/appeal/', { params: { path: { id } }, body: { message } }));

/** Sends a comment's appeal. */
export const appealComment = (postId: string, id: string) => (message: string) =>
  unwrap(
    api.POST('/api/post/{post_id}/comment/{id}/appeal/', {
      params: { path: { post_id: postId, id } },
      body: { message },
    }),
  );
