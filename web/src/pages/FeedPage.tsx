/** The community feed: a composer for members and the posts, newest first, loading as you scroll. */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useFeed } from '../api/community.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { LoadMore } from '../components/InfiniteList.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PostCard } from '../components/PostCard.tsx';
import { PostForm } from '../components/PostForm.tsx';
import { Welcome } from '../components/Welcome.tsx';
import { draftKey, loadDraft } from '../lib/drafts.ts';
import { useMediaQuery } from '../lib/useMediaQuery.ts';

/** The feed page. */
export function FeedPage() {
  const { user, status } = useAuth();
  const client = useQueryClient();
  const feed = useFeed();
  const posts = feed.data?.pages.flatMap((page) => page.results) ?? [];
  const [shared, setShared] = useState<string | null>(null);
  const narrow = useMediaQuery('(max-width: 39.99rem)');
  // On a phone the composer waits behind a button, unless a draft is waiting in it.
  const [composing, setComposing] = useState(
    () => user !== null && loadDraft(draftKey(user.id, 'post:new')) !== null,
  );
  const sharedShown = shared !== null && posts.some((post) => post.id === shared);

  // The submit button is disabled while sending, which drops focus to the body; the new post is the sensible place for it.
  useEffect(() => {
    if (sharedShown) document.getElementById(`post-${shared}`)?.focus();
  }, [shared, sharedShown]);

  return (
    <>
      <PageTitle title="Community">
        {user ? `Hello, ${user.first_name || user.username}` : 'A calm, kind community'}
      </PageTitle>
      {status === 'anonymous' ? <Welcome /> : null}
      {user ? (
        <section className="card" aria-labelledby="compose-heading">
          <h2 id="compose-heading">Share something</h2>
          {narrow && !composing ? (
            <button
              type="button"
              className="btn btn--secondary composer-open"
              onClick={() => setComposing(true)}
            >
              Write a post…
            </button>
          ) : (
            <PostForm
              submitLabel="Post"
              draftPlace="post:new"
              onSave={async (values) => {
                const post = await unwrap(api.POST('/api/post/', { body: values }));
                await client.invalidateQueries({ queryKey: ['posts', 'feed'] });
                setShared(post.id);
                setComposing(false);
              }}
            />
          )}
        </section>
      ) : null}
      <div role="status">
        {sharedShown ? (
          <p className="alert alert--success">Your post is shared. Thank you for being here.</p>
        ) : null}
      </div>
      <section aria-labelledby="feed-heading" aria-busy={feed.isFetching}>
        <h2 id="feed-heading">Latest posts</h2>
        {feed.isPending ? <Loading label="Loading posts…" /> : null}
        {feed.isError ? <ErrorMessage error={feed.error} onRetry={() => feed.refetch()} /> : null}
        {feed.isSuccess && posts.length === 0 ? (
          <Empty title="No posts yet">
            <p>{user ? 'Be the first to share something.' : 'Check back soon.'}</p>
          </Empty>
        ) : null}
        {posts.map((post) => (
          <PostCard key={post.id} post={post} />
        ))}
        <LoadMore
          hasMore={feed.hasNextPage}
          loading={feed.isFetchingNextPage}
          onMore={() => void feed.fetchNextPage()}
          label="Show older posts"
        />
      </section>
    </>
  );
}
