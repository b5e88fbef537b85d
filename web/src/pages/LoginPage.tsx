/** Log in with username or e-mail; returns to the page that asked for it. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../api/errors.ts';
import { type LoginAnswer, useAuth } from '../auth/AuthProvider.tsx';
import { FormAlert, Notice } from '../components/feedback.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { PasskeyLoginButton } from '../components/PasskeyLoginButton.tsx';
import { ProviderButtons } from '../components/ProviderButtons.tsx';
import { ResendVerification } from '../components/ResendVerification.tsx';
import { SecondStepForm } from '../components/SecondStepForm.tsx';
import { applyServerErrors } from '../lib/forms.ts';

const schema = z.object({
  identifier: z.string().trim().min(1, 'Please enter your username or e-mail.'),
  password: z.string().min(1, 'Please enter your password.'),
});
type Values = z.infer<typeof schema>;

/** The login page. */
export function LoginPage() {
  const { login, status, notice } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  // A provider sign-in that failed comes back here with a readable `?error=` from the server.
  const [params] = useSearchParams();
  const [formError, setFormError] = useState<string | null>(params.get('error'));
  const [unverified, setUnverified] = useState<string | null>(null);
  const [secondStep, setSecondStep] = useState<Extract<LoginAnswer, { kind: 'second_step' }> | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { identifier: '', password: '' } });

  if (status === 'authenticated' && !isSubmitting && secondStep === null)
    return <Navigate to={from} replace />;
  const done = () => navigate(from, { replace: true });

  if (secondStep !== null) {
    return (
      <div className="card">
        <PageTitle>Welcome back</PageTitle>
        <SecondStepForm
          mfaToken={secondStep.mfaToken}
          methods={secondStep.methods}
          onDone={done}
          onRestart={() => {
            setSecondStep(null);
            reset();
          }}
        />
      </div>
    );
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setUnverified(null);
    try {
      const answer = await login(values.identifier, values.password);
      if (answer.kind === 'second_step') {
        setSecondStep(answer);
        return;
      }
      done();
    } catch (error) {
      if (error instanceof ApiError && error.status === 403 && error.detail === 'E-mail is not verified.') {
        setUnverified(values.identifier.includes('@') ? values.identifier : '');
        return;
      }
      setFormError(
        applyServerErrors(error, setError, ['password'], { username: 'identifier', email: 'identifier' }),
      );
    }
  });

  return (
    <div className="card">
      <PageTitle>Welcome back</PageTitle>
      {notice ? <Notice>{notice}</Notice> : null}
      <FormAlert message={formError} />
      {unverified !== null ? <ResendVerification initialEmail={unverified} /> : null}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label="Username or e-mail"
          autoComplete="username"
          error={errors.identifier?.message}
          {...register('identifier')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <div className="row row--between">
          <button type="submit" className="btn" disabled={isSubmitting}>
            {isSubmitting ? 'Logging in…' : 'Log in'}
          </button>
          <Link to="/forgot-password">Forgot your password?</Link>
        </div>
      </form>
      <PasskeyLoginButton onDone={done} />
      <ProviderButtons next={from} />
      <p className="muted small">
        New here? <Link to="/register">Create an account</Link> — it’s free and you can stay anonymous in the
        community.
      </p>
    </div>
  );
}
