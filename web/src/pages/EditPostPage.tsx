/** Edit one's own post. */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { usePost, useStorePost } from '../api/community.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorMessage, Loading } from '../components/feedback.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PostForm, type PostSaveValues } from '../components/PostForm.tsx';

/** A save waiting for the author to confirm that their name will show. */
interface Pending {
  values: PostSaveValues;
  done(): void;
}

/** The edit page. */
export function EditPostPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const post = usePost(id);
  const store = useStorePost();
  const navigate = useNavigate();
  const [pending, setPending] = useState<Pending | null>(null);
  const save = async (values: PostSaveValues) => {
    const saved = await unwrap(api.PUT('/api/post/{id}/', { params: { path: { id } }, body: values }));
    store(saved);
    navigate(`/post/${id}`);
  };
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
          onSave={(values) =>
            post.data?.anonymous && !values.anonymous
              ? new Promise<void>((done) => setPending({ values, done }))
              : save(values)
          }
        />
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title="Show your name on this post?"
        confirmLabel="Yes, show my name"
        onClose={() => {
          pending?.done();
          setPending(null);
        }}
        onConfirm={async () => {
          if (pending === null) return;
          try {
            await save(pending.values);
          } finally {
            pending.done();
            setPending(null);
          }
        }}
      >
        <p>
          This post was anonymous. Everyone who can read it will see that you wrote it — and anyone who read
          it before will know it was you. You can keep it anonymous instead.
        </p>
      </ConfirmDialog>
    </div>
  );
}
