/** A member's profile and their (non-anonymous) posts. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, type User, unwrap } from '../api/client.ts';
import { useFeed } from '../api/community.ts';
import { describeError } from '../api/errors.ts';
import { type SafetyAction, safetyKeys, setRelation, useBlocks, useMutes } from '../api/safety.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { Empty, ErrorMessage, Loading } from '../components/feedback.tsx';
import { LoadMore } from '../components/InfiniteList.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PostCard } from '../components/PostCard.tsx';
import { SafetyDialog } from '../components/SafetyDialog.tsx';
import { plural, shortDate } from '../lib/format.ts';

/** Mute / block (or undo them) for a member's profile. */
function SafetyActions({ member }: { member: User }) {
  const client = useQueryClient();
  const blocks = useBlocks();
  const mutes = useMutes();
  const [action, setAction] = useState<SafetyAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const blocked = blocks.data?.some((u) => u.id === member.id) ?? false;
  const muted = mutes.data?.some((u) => u.id === member.id) ?? false;
  const undo = async (what: SafetyAction) => {
    setMessage(null);
    try {
      await setRelation(what, member.id, false);
      setMessage(what === 'block' ? `You unblocked ${member.name}.` : `You unmuted ${member.name}.`);
      await client.invalidateQueries({ queryKey: safetyKeys.all });
      await client.invalidateQueries({ queryKey: ['posts'] });
    } catch (e) {
      setMessage(describeError(e));
    }
  };
  return (
    <div className="stack">
      {blocked || muted ? (
        <p className="small">
          {blocked ? `You blocked ${member.name}: you don’t see each other’s posts.` : null}
          {blocked && muted ? ' ' : null}
          {muted ? `You muted ${member.name}: their posts are hidden for you.` : null}
        </p>
      ) : null}
      <div className="row">
        {muted ? (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => void undo('mute')}>
            Unmute {member.name}
          </button>
        ) : (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setAction('mute')}>
            Mute {member.name}…
          </button>
        )}
        {member.is_staff ? null : blocked ? (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => void undo('block')}>
            Unblock {member.name}
          </button>
        ) : (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setAction('block')}>
            Block {member.name}…
          </button>
        )}
      </div>
      <div role="status">{message ? <p className="small">{message}</p> : null}</div>
      <SafetyDialog action={action} user={member} onClose={() => setAction(null)} />
    </div>
  );
}

/** The profile page. */
export function ProfilePage() {
  const { id = '' } = useParams();
  const { user: me } = useAuth();
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
          {me !== null && me.id !== u.id ? <SafetyActions member={u} /> : null}
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
