/** Edit one's own post. */
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { usePost, useStorePost } from '../api/community.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { ErrorMessage, Loading } from '../components/feedback.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PostForm } from '../components/PostForm.tsx';

/** The edit page. */
export function EditPostPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const post = usePost(id);
  const store = useStorePost();
  const navigate = useNavigate();
  return (
    <div className="card">
      <PageTitle>Edit your post</PageTitle>
      {post.isPending ? <Loading /> : null}
      {post.isError ? <ErrorMessage error={post.error} onRetry={() => post.refetch()} /> : null}
      {post.data && post.data.author.id !== user?.id ? <p>Only the author can edit this post.</p> : null}
      {post.data && post.data.author.id === user?.id ? (
        <PostForm
          submitLabel="Save changes"
          initial={{
            body: post.data.body,
            mood: post.data.mood,
            content_warning: post.data.content_warning ?? '',
            anonymous: post.data.anonymous,
          }}
          onCancel={() => navigate(`/post/${id}`)}
          onSave={async (values) => {
            const saved = await unwrap(
              api.PUT('/api/post/{id}/', { params: { path: { id } }, body: values }),
            );
            store(saved);
            navigate(`/post/${id}`);
          }}
        />
      ) : null}
    </div>
  );
}
