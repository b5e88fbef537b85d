/** A post with its comments and a comment box. */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { communityKeys, useComments, usePost } from '../api/community.ts';
import { ApiError, describeError } from '../api/errors.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { CareMessage, type Support } from '../components/CareMessage.tsx';
import { CommentItem } from '../components/CommentItem.tsx';
import { Empty, ErrorMessage, Loading, Notice } from '../components/feedback.tsx';
import { TextArea } from '../components/fields.tsx';
import { LoadMore } from '../components/InfiniteList.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PostCard } from '../components/PostCard.tsx';
import { applyServerErrors } from '../lib/forms.ts';
import { wasRevealed } from '../lib/revealed.ts';
import { useDraft } from '../lib/useDraft.ts';
import { useIncreaseAnnouncement } from '../lib/useIncreaseAnnouncement.ts';
import { useLiveEvent } from '../live/LiveProvider.tsx';

function CommentForm({ postId, onSupport }: { postId: string; onSupport(support: Support | null): void }) {
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const draft = useDraft(`comment:${postId}`, body, setBody, (text) => text.trim() === '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') {
      setError('Please write a comment first.');
      return;
    }
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const comment = await unwrap(
        api.POST('/api/post/{post_id}/comment/', { params: { path: { post_id: postId } }, body: { body } }),
      );
      onSupport(comment.support ?? null);
      draft.clear();
      setBody('');
      await client.invalidateQueries({ queryKey: communityKeys.comments(postId) });
      await client.invalidateQueries({ queryKey: communityKeys.post(postId) });
    } catch (e) {
      // A posting limit is not a mistake: said calmly, and the comment stays as a draft.
      if (e instanceof ApiError && e.kind === 'throttled') setNotice(describeError(e));
      else setError(applyServerErrors(e, () => undefined, []));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="card">
      {notice ? <Notice>{notice}</Notice> : null}
      <TextArea
        label="Add a kind comment"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={error ?? undefined}
        maxLength={5000}
      />
      <button type="submit" className="btn" disabled={busy}>
        {busy ? 'Sending…' : 'Comment'}
      </button>
    </form>
  );
}

/** The post page. */
export function PostPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const post = usePost(id);
  const comments = useComments(id);
  const [warningShown, setWarningShown] = useState(() => wasRevealed(id));
  const [support, setSupport] = useState<Support | null>(null);
  const [arrived, setArrived] = useState(0);
  const announcement = useIncreaseAnnouncement(arrived, undefined, 'new comment');
  const client = useQueryClient();
  const { hash } = useLocation();

  // Someone else commented on this post: the count and the list catch up (new comments go at the end).
  useLiveEvent('comment.created', (event) => {
    const data = event.data as { post?: unknown };
    if (typeof data.post !== 'string' || data.post.replace(/-/g, '') !== id.replace(/-/g, '')) return;
    setArrived((n) => n + 1);
    void client.invalidateQueries({ queryKey: communityKeys.post(id) });
    void client.invalidateQueries({ queryKey: communityKeys.comments(id) });
  });
  // The API lists newest first; a conversation reads oldest first.
  const list = (comments.data?.pages.flatMap((page) => page.results) ?? []).slice().reverse();
  const loaded = comments.isSuccess;
  // A link from a notification (`#comment-<id>`) lands on that comment once it is loaded.
  useEffect(() => {
    if (!loaded || !hash.startsWith('#comment-')) return;
    const target = document.getElementById(hash.slice(1));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  }, [loaded, hash]);
  const behindWarning =
    post.data !== undefined &&
    Boolean(post.data.content_warning) &&
    !warningShown &&
    post.data.author.id !== user?.id;
  return (
    <>
      <PageTitle title="Post">Post</PageTitle>
      <p>
        <Link to="/">← Back to the community</Link>
      </p>
      {post.isPending ? <Loading label="Loading the post…" /> : null}
      {post.isError ? <ErrorMessage error={post.error} onRetry={() => post.refetch()} /> : null}
      {post.data ? (
        <PostCard
          post={post.data}
          standalone
          warningShown={warningShown}
          onWarningShownChange={setWarningShown}
        />
      ) : null}
      {post.data ? (
        <section aria-labelledby="comments-heading">
          <h2 id="comments-heading">Comments</h2>
          <span className="visually-hidden" aria-live="polite" aria-atomic="true">
            {announcement}
          </span>
          {behindWarning ? (
            <p className="muted">
              The comments are behind the same content warning. Show the post to read them.
            </p>
          ) : (
            <>
              <LoadMore
                hasMore={comments.hasNextPage}
                loading={comments.isFetchingNextPage}
                onMore={() => void comments.fetchNextPage()}
                label="Show earlier comments"
              />
              {comments.isPending ? <Loading label="Loading comments…" /> : null}
              {comments.isError ? (
                <ErrorMessage error={comments.error} onRetry={() => comments.refetch()} />
              ) : null}
              {comments.isSuccess && list.length === 0 ? <Empty title="No comments yet" /> : null}
              <ul className="list-plain">
                {list.map((comment) => (
                  <CommentItem
                    key={comment.id}
                    comment={comment}
                    postId={id}
                    postIsMine={post.data?.author.id === user?.id}
                  />
                ))}
              </ul>
              {support ? <CareMessage support={support} onClose={() => setSupport(null)} /> : null}
              {user ? (
                <CommentForm postId={id} onSupport={setSupport} />
              ) : (
                <p>
                  <Link to="/login">Log in</Link> to comment.
                </p>
              )}
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
