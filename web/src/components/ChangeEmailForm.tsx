/** Ask to change the e-mail address; it changes once the link sent to the new address is opened. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api, unwrap } from '../api/client.ts';
import { applyServerErrors } from '../lib/forms.ts';
import { FormAlert, Notice } from './feedback.tsx';
import { TextField } from './fields.tsx';

const schema = z.object({
  new_email: z.string().trim().email('Please enter a valid e-mail address.'),
  password: z.string().min(1, 'Please enter your password to confirm it’s you.'),
});
type Values = z.infer<typeof schema>;

/** The change-e-mail form. */
export function ChangeEmailForm({ current }: { current: string | null }) {
  const [done, setDone] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { new_email: '', password: '' } });
  const onSubmit = handleSubmit(async (values) => {
    setDone(null);
    setFormError(null);
    try {
      const body = await unwrap(api.POST('/api/auth/email/change/', { body: values }));
      reset();
      setDone(body.detail);
    } catch (e) {
      setFormError(applyServerErrors(e, setError, ['new_email', 'password']));
    }
  });
  return (
    <section className="card" aria-labelledby="email-heading">
      <h2 id="email-heading">Change your e-mail</h2>
      <p className="muted">
        Now: <strong>{current}</strong>. We’ll send a link to the new address; nothing changes until you open
        it.
      </p>
      {done ? <Notice tone="success">{done}</Notice> : null}
      <FormAlert message={formError} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label="New e-mail"
          type="email"
          autoComplete="email"
          error={errors.new_email?.message}
          {...register('new_email')}
        />
        <TextField
          label="Your password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? 'Sending…' : 'Send confirmation link'}
        </button>
      </form>
    </section>
  );
}
