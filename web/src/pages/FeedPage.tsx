/**
 * The community feed: a composer for members, a search box (`?search=`, matches marked), and the
 * posts, newest first, loading as you scroll. New posts from others arrive as a "N new posts"
 * button instead of moving what is being read.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { communityKeys, useFeed } from '../api/community.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { CareMessage, type Support } from '../components/CareMessage.tsx';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { LoadMore } from '../components/InfiniteList.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PostCard } from '../components/PostCard.tsx';
import { PostForm } from '../components/PostForm.tsx';
import { Welcome } from '../components/Welcome.tsx';
import { draftKey, loadDraft } from '../lib/drafts.ts';
import { plural } from '../lib/format.ts';
import { useIncreaseAnnouncement } from '../lib/useIncreaseAnnouncement.ts';
import { useMediaQuery } from '../lib/useMediaQuery.ts';
import { useLiveEvent } from '../live/LiveProvider.tsx';

/** The longest search the server takes. */
const MAX_SEARCH = 200;
/** Typing pauses this long before the search runs. */
const SEARCH_DELAY = 400;

function SearchBox({ search, onSearch }: { search: string; onSearch(query: string): void }) {
  const [text, setText] = useState(search);
  const latest = useRef(search);
  latest.current = search;
  // The address changed by itself (back button): the box follows.
  useEffect(() => {
    setText((current) => (current.trim() === search ? current : search));
  }, [search]);
  useEffect(() => {
    const query = text.trim().slice(0, MAX_SEARCH);
    if (query === latest.current) return;
    const timer = setTimeout(() => onSearch(query), SEARCH_DELAY);
    return () => clearTimeout(timer);
  }, [text, onSearch]);
  return (
    <search className="feed-search">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(text.trim().slice(0, MAX_SEARCH));
        }}
      >
        <div className="field">
          <label htmlFor="feed-search">Search posts</label>
          <div className="row">
            <input
              id="feed-search"
              type="search"
              value={text}
              maxLength={MAX_SEARCH}
              aria-describedby="feed-search-hint"
              onChange={(e) => setText(e.target.value)}
            />
            {text ? (
              <button
                type="button"
                className="btn btn--quiet btn--small"
                onClick={() => {
                  setText('');
                  onSearch('');
                }}
              >
                Clear<span className="visually-hidden"> the search</span>
              </button>
            ) : null}
          </div>
          <span id="feed-search-hint" className="hint">
            Words, a “phrase in quotes”, or the start of a word followed by *.
          </span>
        </div>
      </form>
    </search>
  );
}

/** The feed page. */
export function FeedPage() {
  const { user, status } = useAuth();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const search = (params.get('search') ?? '').trim().slice(0, MAX_SEARCH);
  const feed = useFeed(undefined, search || undefined);
  const posts = feed.data?.pages.flatMap((page) => page.results) ?? [];
  const [shared, setShared] = useState<string | null>(null);
  const [support, setSupport] = useState<Support | null>(null);
  const [fresh, setFresh] = useState<string[]>([]);
  const narrow = useMediaQuery('(max-width: 39.99rem)');
  // On a phone the composer waits behind a button, unless a draft is waiting in it.
  const [composing, setComposing] = useState(
    () => user !== null && loadDraft(draftKey(user.id, 'post:new')) !== null,
  );
  const sharedShown = shared !== null && posts.some((post) => post.id === shared);
  const freshCount = fresh.filter((id) => !posts.some((post) => post.id === id)).length;
  const announcement = useIncreaseAnnouncement(search ? 0 : freshCount, undefined, 'new post');

  useLiveEvent('post.created', (event) => {
    const id = (event.data as { id?: unknown }).id;
    if (typeof id !== 'string') return;
    setFresh((current) => (current.includes(id) ? current : [...current, id]));
  });

  const onSearch = useCallback(
    (query: string) => setParams(query ? { search: query } : {}, { replace: true }),
    [setParams],
  );

  const showFresh = async () => {
    setFresh([]);
    await client.resetQueries({ queryKey: communityKeys.feed(undefined, undefined) });
    window.scrollTo({ top: 0 });
    document.getElementById('feed-heading')?.focus();
  };

  // The submit button is disabled while sending, which drops focus to the body; the new post is the sensible place for it.
  useEffect(() => {
    if (sharedShown && support === null) document.getElementById(`post-${shared}`)?.focus();
  }, [shared, sharedShown, support]);

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
                setSupport(post.support ?? null);
                if (search) onSearch('');
                await client.invalidateQueries({ queryKey: ['posts', 'feed'] });
                setShared(post.id);
                setComposing(false);
              }}
            />
          )}
        </section>
      ) : null}
      {support ? <CareMessage support={support} onClose={() => setSupport(null)} /> : null}
      <div role="status">
        {sharedShown ? (
          <p className="alert alert--success">Your post is shared. Thank you for being here.</p>
        ) : null}
      </div>
      <SearchBox search={search} onSearch={onSearch} />
      <section aria-labelledby="feed-heading" aria-busy={feed.isFetching}>
        <h2 id="feed-heading" tabIndex={-1}>
          {search ? `Posts matching “${search}”` : 'Latest posts'}
        </h2>
        <span className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </span>
        {freshCount > 0 && !search ? (
          <div className="new-posts">
            <button type="button" className="btn btn--small new-posts__pill" onClick={() => void showFresh()}>
              {plural(freshCount, 'new post')} — show
            </button>
          </div>
        ) : null}
        {feed.isPending ? <Loading label={search ? 'Searching…' : 'Loading posts…'} /> : null}
        {feed.isError ? <ErrorMessage error={feed.error} onRetry={() => feed.refetch()} /> : null}
        {feed.isSuccess && posts.length === 0 ? (
          search ? (
            <Empty title={`Nothing matches “${search}”`}>
              <p>Try fewer or different words, or the start of a word followed by *.</p>
            </Empty>
          ) : (
            <Empty title="No posts yet">
              <p>{user ? 'Be the first to share something.' : 'Check back soon.'}</p>
            </Empty>
          )
        ) : null}
        {posts.map((post) => (
          <PostCard key={post.id} post={post} highlight={search || undefined} />
        ))}
        <LoadMore
          hasMore={feed.hasNextPage}
          loading={feed.isFetchingNextPage}
          onMore={() => void feed.fetchNextPage()}
          label={search ? 'Show more results' : 'Show older posts'}
        />
      </section>
    </>
  );
}
