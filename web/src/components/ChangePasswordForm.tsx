/** Change the password (old one required); other sessions are signed out, this one stays. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api, unwrap } from '../api/client.ts';
import { applyServerErrors } from '../lib/forms.ts';
import { FormAlert, Notice } from './feedback.tsx';
import { TextField } from './fields.tsx';
import { NewPasswordFields, newPasswordShape, samePasswords } from './NewPasswordFields.tsx';

const schema = z
  .object({ old_password: z.string().min(1, 'Please enter your current password.'), ...newPasswordShape })
  .superRefine(samePasswords);
type Values = z.infer<typeof schema>;

/** The change-password form. */
export function ChangePasswordForm() {
  const client = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { old_password: '', new_password1: '', new_password2: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    setDone(null);
    setFormError(null);
    try {
      const body = await unwrap(api.POST('/api/auth/password/change/', { body: values }));
      reset();
      setDone(`${body.detail} Your other devices have been signed out.`);
      void client.invalidateQueries({ queryKey: ['auth'] });
    } catch (e) {
      setFormError(applyServerErrors(e, setError, ['old_password', 'new_password1', 'new_password2']));
    }
  });
  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      {done ? <Notice tone="success">{done}</Notice> : null}
      <FormAlert message={formError} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          error={errors.old_password?.message}
          {...register('old_password')}
        />
        <NewPasswordFields register={register} errors={errors} value={watch('new_password1')} />
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}
