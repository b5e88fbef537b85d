/**
 * One post in the feed or on its own page: author (or "Anonymous"), time, mood, content
 * warning, body and the actions the viewer may take (like, comment, edit, delete, report).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, type Post, unwrap } from '../api/client.ts';
import { communityKeys, likePost, useStorePost } from '../api/community.ts';
import { describeError } from '../api/errors.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { fullDate, moodName, plural, timeAgo } from '../lib/format.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ContentWarning } from './ContentWarning.tsx';
import { FilteredContent } from './FilteredContent.tsx';
import { Highlight } from './Highlight.tsx';
import { LikeButton } from './LikeButton.tsx';
import { appealPost, ModerationNotice } from './ModerationNotice.tsx';
import { MoodFace } from './MoodFace.tsx';
import { ReportDialog } from './ReportDialog.tsx';
import { SafetyMenu } from './SafetyMenu.tsx';

/** Props of {@link PostCard}. */
export interface PostCardProps {
  /** The post. */
  post: Post;
  /** On its own page: heading level and no "comments" link. */
  standalone?: boolean;
  /** Controlled content-warning state (the post page keeps the comments behind it too). */
  warningShown?: boolean;
  /** Called when the reader shows or hides a warned post. */
  onWarningShownChange?: (shown: boolean) => void;
  /** A search query whose matches are marked in the body. */
  highlight?: string;
}

/** Posts longer than this are cut in the feed, with "Read more". */
const LONG_POST = 600;

const ANONYMOUS = '0'.repeat(32);
const DELETED = 'f'.repeat(32);

/** A post. */
export function PostCard({
  post,
  standalone = false,
  warningShown,
  onWarningShownChange,
  highlight,
}: PostCardProps) {
  const { user } = useAuth();
  const store = useStorePost();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [reporting, setReporting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(false);
  const long = !standalone && post.body.length > LONG_POST;
  const mine = user !== null && post.author.id === user.id;
  const canDelete = mine || (user?.is_staff ?? false);
  const realAuthor = post.author.id !== ANONYMOUS && post.author.id !== DELETED;
  const Heading = standalone ? 'h2' : 'h3';

  const remove = async () => {
    try {
      await unwrap(api.DELETE('/api/post/{id}/', { params: { path: { id: post.id } } }));
      setDeleting(false);
      await client.invalidateQueries({ queryKey: ['posts'] });
      if (standalone) navigate('/', { replace: true });
    } catch (e) {
      setDeleting(false);
      setMessage(describeError(e));
    }
  };

  return (
    <article className="card" id={`post-${post.id}`} tabIndex={-1} aria-labelledby={`post-${post.id}-author`}>
      <div className="post__head">
        <img className="avatar" src={post.author.avatar} alt="" width="40" height="40" />
        <div>
          <Heading className="post__author h-reset" id={`post-${post.id}-author`}>
            {realAuthor && user !== null ? (
              <Link to={`/u/${post.author.id}`}>{post.author.name}</Link>
            ) : (
              post.author.name
            )}
            {post.anonymous && mine ? (
              <span className="muted small">
                {' '}
                (posted anonymously — only you and moderators see it’s you)
              </span>
            ) : null}
          </Heading>
          <div className="muted small">
            <time dateTime={post.created} title={fullDate(post.created)}>
              {timeAgo(post.created)}
            </time>
            {post.edited ? ' · edited' : ''}
          </div>
        </div>
      </div>
      <div className="row small">
        {post.mood ? (
          <span className="chip">
            <MoodFace score={post.mood} size={16} /> Feeling {moodName(post.mood).toLowerCase()}
          </span>
        ) : null}
        {post.hidden ? <span className="chip">Hidden by moderators</span> : null}
      </div>
      {post.moderation ? (
        <ModerationNotice
          what="post"
          moderation={post.moderation}
          appeal={appealPost(post.id)}
          refresh={[communityKeys.post(post.id), ['posts']]}
        />
      ) : null}
      <ContentWarning
        warning={post.content_warning}
        shown={warningShown}
        onShownChange={onWarningShownChange}
        rememberAs={post.id}
      >
        <FilteredContent words={mine ? [] : post.filtered}>
          <p className="post__body" id={`post-${post.id}-body`}>
            <Highlight
              text={long && !expanded ? `${post.body.slice(0, LONG_POST - 100).trimEnd()}…` : post.body}
              query={highlight}
            />
          </p>
        </FilteredContent>
        {long ? (
          <button
            type="button"
            className="btn btn--quiet btn--small"
            aria-expanded={expanded}
            aria-controls={`post-${post.id}-body`}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Show less' : 'Read more'}
          </button>
        ) : null}
      </ContentWarning>
      <div className="post__actions">
        <LikeButton
          liked={post.liked}
          count={post.likes_count}
          what="post"
          disabled={user === null}
          send={async (like) => {
            const saved = await likePost(post.id, like);
            store(saved);
            return saved;
          }}
        />
        {standalone ? (
          <span className="muted small">{plural(post.comments_count, 'comment')}</span>
        ) : (
          <Link className="btn btn--quiet btn--small" to={`/post/${post.id}`}>
            {plural(post.comments_count, 'comment')}
            <span className="visually-hidden"> on {post.author.name}’s post</span>
          </Link>
        )}
        {mine ? (
          <Link className="btn btn--quiet btn--small" to={`/post/${post.id}/edit`}>
            Edit<span className="visually-hidden"> post</span>
          </Link>
        ) : null}
        {canDelete ? (
          <button type="button" className="btn btn--quiet btn--small" onClick={() => setDeleting(true)}>
            Delete<span className="visually-hidden"> post</span>
          </button>
        ) : null}
        {user !== null && !mine ? (
          <button type="button" className="btn btn--quiet btn--small" onClick={() => setReporting(true)}>
            Report<span className="visually-hidden"> post</span>
          </button>
        ) : null}
        {/* An anonymous author's id is unknown to us, and the server has no block-by-post route. */}
        {user !== null && !mine && realAuthor ? (
          <SafetyMenu
            author={post.author}
            what="post"
            onDone={standalone ? () => navigate('/', { replace: true }) : undefined}
          />
        ) : null}
      </div>
      {message ? (
        <p role="status" className="small">
          {message}
        </p>
      ) : null}
      <ReportDialog
        open={reporting}
        what="post"
        send={(reason, text) =>
          unwrap(
            api.POST('/api/post/{id}/report/', { params: { path: { id: post.id } }, body: { reason, text } }),
          )
        }
        onClose={(sent) => {
          setReporting(false);
          if (sent) setMessage('Thanks — a moderator will look at it.');
        }}
      />
      <ConfirmDialog
        open={deleting}
        title="Delete this post?"
        confirmLabel="Delete post"
        danger
        onConfirm={remove}
        onClose={() => setDeleting(false)}
      >
        <p>This removes the post and its comments for everyone. It can’t be undone.</p>
      </ConfirmDialog>
    </article>
  );
}
