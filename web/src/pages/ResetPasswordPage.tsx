/** `/reset-password/:uid/:token`: choose a new password from an e-mailed link. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { api, unwrap } from '../api/client.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { Notice } from '../components/feedback.tsx';
import { NewPasswordFields, newPasswordShape, samePasswords } from '../components/NewPasswordFields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { applyServerErrors } from '../lib/forms.ts';

const schema = z.object(newPasswordShape).superRefine(samePasswords);
type Values = z.infer<typeof schema>;

/** The reset-password page. */
export function ResetPasswordPage() {
  const { uid = '', token = '' } = useParams();
  const { status, forget } = useAuth();
  const [done, setDone] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { new_password1: '', new_password2: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const body = await unwrap(
        api.POST('/api/auth/password/reset/confirm/', { body: { uid, token, ...values } }),
      );
      // A reset signs out everywhere, this browser included.
      if (status === 'authenticated') forget();
      setDone(body.detail);
    } catch (e) {
      setFormError(applyServerErrors(e, setError, ['new_password1', 'new_password2']));
    }
  });
  return (
    <div className="card">
      <PageTitle>Choose a new password</PageTitle>
      {done ? (
        <>
          <Notice tone="success">{done} You can log in with your new password now.</Notice>
          <Link className="btn" to="/login">
            Log in
          </Link>
        </>
      ) : (
        <>
          {formError ? (
            <div className="alert alert--error" role="alert">
              {formError} <Link to="/forgot-password">Ask for a new link</Link>
            </div>
          ) : null}
          <form onSubmit={onSubmit} noValidate>
            <NewPasswordFields register={register} errors={errors} value={watch('new_password1')} />
            <button type="submit" className="btn" disabled={isSubmitting}>
              {isSubmitting ? 'Saving…' : 'Save new password'}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
