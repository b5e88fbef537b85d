/** One comment with its like, edit (own), delete and report actions. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Comment, unwrap } from '../api/client.ts';
import { communityKeys, likeComment } from '../api/community.ts';
import { describeError } from '../api/errors.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { fullDate, timeAgo } from '../lib/format.ts';
import { CommentEditForm } from './CommentEditForm.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { FilteredContent } from './FilteredContent.tsx';
import { LikeButton } from './LikeButton.tsx';
import { appealComment, ModerationNotice } from './ModerationNotice.tsx';
import { ReportDialog } from './ReportDialog.tsx';
import { SafetyMenu } from './SafetyMenu.tsx';

const SENTINELS = new Set(['0'.repeat(32), 'f'.repeat(32)]);

/** Props of {@link CommentItem}. */
export interface CommentItemProps {
  /** The comment. */
  comment: Comment;
  /** The post's id. */
  postId: string;
  /** The viewer wrote the post (may delete comments under it). */
  postIsMine: boolean;
}

/** A comment. */
export function CommentItem({ comment, postId, postIsMine }: CommentItemProps) {
  const { user } = useAuth();
  const client = useQueryClient();
  const [reporting, setReporting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const mine = user !== null && comment.author.id === user.id;
  const canDelete = mine || postIsMine || (user?.is_staff ?? false);
  const path = { post_id: postId, id: comment.id };

  const remove = async () => {
    try {
      await unwrap(api.DELETE('/api/post/{post_id}/comment/{id}/', { params: { path } }));
      setDeleting(false);
      await client.invalidateQueries({ queryKey: communityKeys.comments(postId) });
      await client.invalidateQueries({ queryKey: communityKeys.post(postId) });
    } catch (e) {
      setDeleting(false);
      setMessage(describeError(e));
    }
  };

  return (
    <li className="card" id={`comment-${comment.id}`} tabIndex={-1}>
      <div className="post__head">
        <img className="avatar" src={comment.author.avatar} alt="" width="40" height="40" />
        <div>
          <div className="post__author">{comment.author.name}</div>
          <div className="muted small">
            <time dateTime={comment.created} title={fullDate(comment.created)}>
              {timeAgo(comment.created)}
            </time>
            {comment.edited ? ' · edited' : ''}
            {comment.hidden ? ' · hidden by moderators' : ''}
          </div>
        </div>
      </div>
      {comment.moderation ? (
        <ModerationNotice
          what="comment"
          moderation={comment.moderation}
          appeal={appealComment(postId, comment.id)}
          refresh={[communityKeys.comments(postId)]}
        />
      ) : null}
      {editing ? (
        <CommentEditForm
          postId={postId}
          comment={comment}
          onDone={() => {
            setEditing(false);
            void client.invalidateQueries({ queryKey: communityKeys.comments(postId) });
          }}
        />
      ) : (
        <FilteredContent words={mine ? [] : comment.filtered}>
          <p className="post__body">{comment.body}</p>
        </FilteredContent>
      )}
      <div className="post__actions">
        <LikeButton
          liked={comment.liked}
          count={comment.likes_count}
          what="comment"
          disabled={user === null}
          send={(like) => likeComment(postId, comment.id, like)}
        />
        {mine && !editing ? (
          <button type="button" className="btn btn--quiet btn--small" onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden"> your comment</span>
          </button>
        ) : null}
        {canDelete ? (
          <button type="button" className="btn btn--quiet btn--small" onClick={() => setDeleting(true)}>
            Delete<span className="visually-hidden"> comment by {comment.author.name}</span>
          </button>
        ) : null}
        {user !== null && !mine ? (
          <button type="button" className="btn btn--quiet btn--small" onClick={() => setReporting(true)}>
            Report<span className="visually-hidden"> comment by {comment.author.name}</span>
          </button>
        ) : null}
        {user !== null && !mine && !SENTINELS.has(comment.author.id) ? (
          <SafetyMenu author={comment.author} what="comment" />
        ) : null}
      </div>
      {message ? (
        <p role="status" className="small">
          {message}
        </p>
      ) : null}
      <ReportDialog
        open={reporting}
        what="comment"
        send={(reason, text) =>
          unwrap(
            api.POST('/api/post/{post_id}/comment/{id}/report/', {
              params: { path },
              body: { reason, text },
            }),
          )
        }
        onClose={(sent) => {
          setReporting(false);
          if (sent) setMessage('Thanks — a moderator will look at it.');
        }}
      />
      <ConfirmDialog
        open={deleting}
        title="Delete this comment?"
        confirmLabel="Delete comment"
        danger
        onConfirm={remove}
        onClose={() => setDeleting(false)}
      >
        <p>It will be removed for everyone.</p>
      </ConfirmDialog>
    </li>
  );
}
