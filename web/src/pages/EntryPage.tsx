/** Write a new journal entry or edit / delete an existing one. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { api, type Entry, unwrap } from '../api/client.ts';
import { journalKeys } from '../api/journal.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorMessage, FormAlert, Loading } from '../components/feedback.tsx';
import { TextArea, TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { applyServerErrors } from '../lib/forms.ts';
import { useDraft } from '../lib/useDraft.ts';
import { createOrQueue } from '../offline/sync.ts';

const schema = z.object({
  title: z.string().trim().max(200, 'Please keep the title under 200 characters.'),
  body: z.string().trim().min(1, 'Please write something first.'),
});
type Values = z.infer<typeof schema>;

function EntryForm({ entry }: { entry: Entry | null }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const { user } = useAuth();
  const [formError, setFormError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { title: entry?.title ?? '', body: entry?.body ?? '' },
  });
  const draft = useDraft(
    `entry:${entry?.id ?? 'new'}`,
    watch(),
    (saved) => reset(saved),
    (values) =>
      (values.title.trim() === '' && values.body.trim() === '') ||
      (entry !== null && values.title === (entry.title ?? '') && values.body === entry.body),
  );
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const body = { title: values.title === '' ? null : values.title, body: values.body };
    try {
      if (entry === null) await createOrQueue('entry', body, user?.id ?? '');
      else await unwrap(api.PUT('/api/journal/entries/{id}/', { params: { path: { id: entry.id } }, body }));
      draft.clear();
      // Not awaited: offline, the refetch waits for the network.
      void client.invalidateQueries({ queryKey: journalKeys.all });
      navigate('/journal');
    } catch (e) {
      setFormError(applyServerErrors(e, setError, ['title', 'body']));
    }
  });
  const remove = async () => {
    if (entry === null) return;
    try {
      await unwrap(api.DELETE('/api/journal/entries/{id}/', { params: { path: { id: entry.id } } }));
      draft.clear();
      await client.invalidateQueries({ queryKey: journalKeys.all });
      navigate('/journal');
    } catch (e) {
      setDeleting(false);
      setFormError(applyServerErrors(e, setError, []));
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <TextField label="Title (optional)" error={errors.title?.message} {...register('title')} />
      <TextArea label="Your entry" rows={12} error={errors.body?.message} {...register('body')} />
      <div className="row">
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save entry'}
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => navigate('/journal')}>
          Cancel
        </button>
        {entry ? (
          <button type="button" className="btn btn--quiet" onClick={() => setDeleting(true)}>
            Delete entry
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        open={deleting}
        title="Delete this entry?"
        confirmLabel="Delete entry"
        danger
        onConfirm={remove}
        onClose={() => setDeleting(false)}
      >
        <p>It will be gone for good.</p>
      </ConfirmDialog>
    </form>
  );
}

/** The entry page (`/journal/entries/new` or `/journal/entries/:id`). */
export function EntryPage() {
  const { id } = useParams();
  const entry = useQuery({
    queryKey: journalKeys.entry(id ?? 'new'),
    queryFn: () => unwrap(api.GET('/api/journal/entries/{id}/', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
  });
  return (
    <div className="card">
      <PageTitle>{id ? 'Your entry' : 'New journal entry'}</PageTitle>
      <p className="muted small">Only you can read this.</p>
      {id === undefined ? <EntryForm entry={null} /> : null}
      {id !== undefined && entry.isPending ? <Loading /> : null}
      {entry.isError ? <ErrorMessage error={entry.error} onRetry={() => entry.refetch()} /> : null}
      {entry.data ? <EntryForm entry={entry.data} /> : null}
    </div>
  );
}
