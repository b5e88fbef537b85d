/** Ask for a password reset link. The answer is the same whether or not the address is known. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { api, unwrap } from '../api/client.ts';
import { FormAlert, Notice } from '../components/feedback.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { applyServerErrors } from '../lib/forms.ts';

const schema = z.object({ email: z.string().trim().email('Please enter a valid e-mail address.') });
type Values = z.infer<typeof schema>;

/** The forgot-password page. */
export function ForgotPasswordPage() {
  const [sent, setSent] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '' } });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await unwrap(api.POST('/api/auth/password/reset/', { body: values }));
      setSent(values.email);
    } catch (e) {
      setFormError(applyServerErrors(e, setError, ['email']));
    }
  });
  return (
    <div className="card">
      <PageTitle>Reset your password</PageTitle>
      {sent ? (
        <Notice tone="success">
          If an account uses <strong>{sent}</strong>, a link to choose a new password is on its way. It works
          once and expires after a while.
        </Notice>
      ) : (
        <>
          <p className="muted">It happens to everyone. Enter your e-mail and we’ll send you a link.</p>
          <FormAlert message={formError} />
          <form onSubmit={onSubmit} noValidate>
            <TextField
              label="E-mail"
              type="email"
              autoComplete="email"
              error={errors.email?.message}
              {...register('email')}
            />
            <button type="submit" className="btn" disabled={isSubmitting}>
              {isSubmitting ? 'Sending…' : 'Send the link'}
            </button>
          </form>
        </>
      )}
      <p className="small">
        <Link to="/login">Back to log in</Link>
      </p>
    </div>
  );
}
