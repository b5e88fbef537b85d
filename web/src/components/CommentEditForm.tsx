/** Edit one's own comment in place. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api, type Comment, unwrap } from '../api/client.ts';
import { applyServerErrors } from '../lib/forms.ts';
import { TextArea } from './fields.tsx';

/** Props of {@link CommentEditForm}. */
export interface CommentEditFormProps {
  /** The post the comment belongs to. */
  postId: string;
  /** The comment being edited. */
  comment: Comment;
  /** Called after saving or cancelling. */
  onDone(): void;
}

/** The inline edit form, focused when it opens. */
export function CommentEditForm({ postId, comment, onDone }: CommentEditFormProps) {
  const [body, setBody] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') {
      setError('Please write something, or delete the comment instead.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/post/{post_id}/comment/{id}/', {
          params: { path: { post_id: postId, id: comment.id } },
          body: { body },
        }),
      );
      onDone();
    } catch (e) {
      setError(applyServerErrors(e, () => undefined, []));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextArea
        ref={field}
        label="Edit your comment"
        value={body}
        maxLength={5000}
        error={error ?? undefined}
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="row">
        <button type="submit" className="btn btn--small" disabled={busy}>
          {busy ? 'Saving…' : 'Save comment'}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
