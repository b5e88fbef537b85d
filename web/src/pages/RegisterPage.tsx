/**
 * Create an account. The password rules update as you type; server field errors land on their
 * fields. With mandatory verification the page asks the person to open the e-mailed link.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { api, type User, unwrap } from '../api/client.ts';
import { COOKIE_MODE, useAuth } from '../auth/AuthProvider.tsx';
import { FormAlert, Notice } from '../components/feedback.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { checkPassword, PasswordRules } from '../components/PasswordRules.tsx';
import { ProviderButtons } from '../components/ProviderButtons.tsx';
import { applyServerErrors } from '../lib/forms.ts';

const schema = z
  .object({
    username: z
      .string()
      .trim()
      .min(1, 'Please choose a username.')
      .max(150, 'Please use at most 150 characters.')
      .regex(/^[\w.@+-]+$/, 'Use only letters, digits and @ . + - _'),
    email: z.string().trim().email('Please enter a valid e-mail address.'),
    first_name: z.string().trim().max(150, 'Please use at most 150 characters.'),
    password: z.string(),
  })
  .superRefine((values, ctx) => {
    const unmet = checkPassword(values.password, values).filter((rule) => !rule.ok);
    if (unmet[0])
      ctx.addIssue({
        code: 'custom',
        path: ['password'],
        message: `Password: ${unmet[0].label.toLowerCase()}.`,
      });
  });
type Values = z.infer<typeof schema>;
const FIELDS = ['username', 'email', 'first_name', 'password'] as const;

/** The registration page. */
export function RegisterPage() {
  const { accept } = useAuth();
  const navigate = useNavigate();
  const rulesId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { username: '', email: '', first_name: '', password: '' },
  });
  const [password, username, email] = watch(['password', 'username', 'email']);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const body = await unwrap(api.POST('/api/auth/register/', { body: values, headers: COOKIE_MODE }));
      if ('user' in body && typeof body.access === 'string') {
        accept(body.access, body.user as User);
        navigate('/', { replace: true });
      } else {
        setSentTo(values.email);
      }
    } catch (error) {
      setFormError(applyServerErrors(error, setError, FIELDS));
    }
  });

  if (sentTo !== null) {
    return (
      <div className="card">
        <PageTitle>Check your inbox</PageTitle>
        <Notice tone="success">
          We sent a link to <strong>{sentTo}</strong>. Open it to confirm your address, then log in.
        </Notice>
        <p className="muted">
          Nothing arrived after a few minutes? Look in your spam folder, or <Link to="/login">log in</Link> to
          send it again.
        </p>
      </div>
    );
  }

  return (
    <div className="card">
      <PageTitle>Join MentalMuse</PageTitle>
      <p className="muted">A calm place to share, listen and keep a private mood journal.</p>
      <FormAlert message={formError} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label="Username"
          autoComplete="username"
          hint="Shown to others. You can post anonymously whenever you like."
          error={errors.username?.message}
          {...register('username')}
        />
        <TextField
          label="E-mail"
          type="email"
          autoComplete="email"
          hint="Never shown to other members."
          error={errors.email?.message}
          {...register('email')}
        />
        <TextField
          label="First name (optional)"
          autoComplete="given-name"
          error={errors.first_name?.message}
          {...register('first_name')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={<PasswordRules id={rulesId} password={password} username={username} email={email} />}
          error={errors.password?.message}
          {...register('password')}
        />
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <ProviderButtons next="/" />
      <p className="muted small">
        Already a member? <Link to="/login">Log in</Link>
      </p>
    </div>
  );
}
