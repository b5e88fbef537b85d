/** A member's profile and their (non-anonymous) posts. */
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { useFeed } from '../api/community.ts';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { LoadMore } from '../components/InfiniteList.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PostCard } from '../components/PostCard.tsx';
import { plural, shortDate } from '../lib/format.ts';

/** The profile page. */
export function ProfilePage() {
  const { id = '' } = useParams();
  const user = useQuery({
    queryKey: ['users', id],
    queryFn: () => unwrap(api.GET('/api/user/{id}/', { params: { path: { id } } })),
  });
  const posts = useFeed(id);
  const list = posts.data?.pages.flatMap((p) => p.results) ?? [];
  if (user.isPending) return <Loading label="Loading the profile…" />;
  if (user.isError) return <ErrorMessage error={user.error} onRetry={() => user.refetch()} />;
  const u = user.data;
  return (
    <>
      <div className="card row">
        <img className="avatar avatar--large" src={u.avatar} alt="" />
        <div>
          <PageTitle title={u.name}>{u.name}</PageTitle>
          <p className="muted">
            @{u.username} · member since {shortDate(u.created)} · {plural(u.posts_count ?? 0, 'post')}
          </p>
          {u.bio ? <p className="post__body">{u.bio}</p> : null}
        </div>
      </div>
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading">Posts</h2>
        {posts.isPending ? <Loading /> : null}
        {posts.isError ? <ErrorMessage error={posts.error} onRetry={() => posts.refetch()} /> : null}
        {posts.isSuccess && list.length === 0 ? <Empty title="No posts yet" /> : null}
        {list.map((post) => (
          <PostCard key={post.id} post={post} />
        ))}
        <LoadMore
          hasMore={posts.hasNextPage}
          loading={posts.isFetchingNextPage}
          onMore={() => void posts.fetchNextPage()}
        />
      </section>
    </>
  );
}
