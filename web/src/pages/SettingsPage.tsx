/** Edit one's profile: names, bio, username and avatar (with a preview before saving). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { api, type User, unwrap } from '../api/client.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { FormAlert, Notice } from '../components/feedback.tsx';
import { TextArea, TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ReminderSettings } from '../components/ReminderSettings.tsx';
import { SettingsNav } from '../components/SettingsNav.tsx';
import { applyServerErrors } from '../lib/forms.ts';

const schema = z.object({
  username: z
    .string()
    .trim()
    .min(1, 'Please keep a username.')
    .max(150)
    .regex(/^[\w.@+-]+$/, 'Use only letters, digits and @ . + - _'),
  first_name: z.string().trim().max(150, 'Please use at most 150 characters.'),
  last_name: z.string().trim().max(150, 'Please use at most 150 characters.'),
  bio: z.string().trim().max(5000, 'Please keep it under 5,000 characters.'),
});
type Values = z.infer<typeof schema>;
const MAX_AVATAR = 2 * 1024 * 1024;

function AvatarForm({ user, onSaved }: { user: User; onSaved(user: User): void }) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (file === null) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  const save = async () => {
    if (file === null) return;
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('avatar', file);
      const saved = await unwrap(
        api.PATCH('/api/user/{id}/', {
          params: { path: { id: user.id } },
          body: {} as never,
          bodySerializer: () => form,
        }),
      );
      onSaved(saved);
      setFile(null);
    } catch (e) {
      setError(applyServerErrors(e, () => undefined, []));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="avatar-heading">
      <h2 id="avatar-heading">Picture</h2>
      <div className="row">
        <img
          className="avatar avatar--large"
          src={preview ?? user.avatar}
          alt={preview ? 'Preview of your new picture' : 'Your current picture'}
        />
        <div className="field">
          <label htmlFor={inputId}>Choose a new picture</label>
          <input
            id={inputId}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setError(
                chosen && chosen.size > MAX_AVATAR ? 'Please choose an image smaller than 2 MB.' : null,
              );
              setFile(chosen && chosen.size <= MAX_AVATAR ? chosen : null);
            }}
          />
          <span id={`${inputId}-hint`} className="hint">
            PNG, JPEG, WebP or GIF, up to 2 MB. We remove location and camera details from photos.
          </span>
        </div>
      </div>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {file ? (
        <div className="row">
          <button type="button" className="btn" onClick={save} disabled={busy}>
            {busy ? 'Uploading…' : 'Save picture'}
          </button>
          <button type="button" className="btn btn--secondary" onClick={() => setFile(null)}>
            Keep the current one
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** The profile settings page. */
export function SettingsPage() {
  const { user, setUser } = useAuth();
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      username: user?.username ?? '',
      first_name: user?.first_name ?? '',
      last_name: user?.last_name ?? '',
      bio: user?.bio ?? '',
    },
  });
  if (user === null) return null;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    setFormError(null);
    try {
      const next = await unwrap(
        api.PATCH('/api/user/{id}/', { params: { path: { id: user.id } }, body: values }),
      );
      setUser(next);
      setSaved(true);
    } catch (e) {
      setFormError(applyServerErrors(e, setError, ['username', 'first_name', 'last_name', 'bio']));
    }
  });
  return (
    <>
      <PageTitle title="Your profile">Your profile</PageTitle>
      <SettingsNav />
      <p>
        <Link to={`/u/${user.id}`}>See your profile as others see it</Link>
      </p>
      <AvatarForm user={user} onSaved={setUser} />
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">About you</h2>
        {saved ? <Notice tone="success">Your profile is saved.</Notice> : null}
        <FormAlert message={formError} />
        <form onSubmit={onSubmit} noValidate>
          <TextField
            label="Username"
            autoComplete="username"
            error={errors.username?.message}
            {...register('username')}
          />
          <p className="hint" id="names-public">
            Your first and last name are <strong>public</strong>: members see them beside your posts and
            comments (not beside anonymous ones). Leave both empty to show only your username.
          </p>
          <button
            type="button"
            className="btn btn--quiet btn--small"
            onClick={() => {
              setValue('first_name', '', { shouldDirty: true });
              setValue('last_name', '', { shouldDirty: true });
            }}
          >
            Show only my username
          </button>
          <div className="grid-2">
            <TextField
              label="First name"
              autoComplete="given-name"
              error={errors.first_name?.message}
              {...register('first_name')}
            />
            <TextField
              label="Last name"
              autoComplete="family-name"
              error={errors.last_name?.message}
              {...register('last_name')}
            />
          </div>
          <TextArea
            label="About you"
            hint="Optional. Shown on your profile."
            error={errors.bio?.message}
            {...register('bio')}
          />
          <p className="muted small">E-mail: {user.email} — change it on the Security page.</p>
          <button type="submit" className="btn" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save profile'}
          </button>
        </form>
      </section>
      <ReminderSettings />
    </>
  );
}
