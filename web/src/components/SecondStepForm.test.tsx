import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { ApiError } from '../api/errors.ts';
import { SecondStepForm } from './SecondStepForm.tsx';

const finishSecondStep = vi.fn();
vi.mock('../auth/AuthProvider.tsx', () => ({
  useAuth: () => ({ finishSecondStep, loginWithPasskey: vi.fn() }),
}));

describe('SecondStepForm', () => {
  test('focuses the code, announces a wrong code calmly, then signs in', async () => {
    finishSecondStep.mockRejectedValueOnce(new ApiError(400, { code: ['Invalid code.'] }));
    finishSecondStep.mockResolvedValueOnce({});
    const onDone = vi.fn();
    render(
      <SecondStepForm mfaToken="t" methods={['totp', 'recovery_code']} onDone={onDone} onRestart={vi.fn()} />,
    );
    const field = screen.getByLabelText('Code from your authenticator app');
    expect(field).toHaveFocus();
    await userEvent.type(field, '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code didn’t work');
    expect(finishSecondStep).toHaveBeenCalledWith('t', '123456');
    await userEvent.type(field, '654321');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  test('offers the recovery code instead, and only the recovery code when there is no app', async () => {
    render(
      <SecondStepForm
        mfaToken="t"
        methods={['totp', 'recovery_code']}
        onDone={vi.fn()}
        onRestart={vi.fn()}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    expect(screen.getByLabelText('Recovery code')).toBeInTheDocument();
  });

  test('an empty code is explained before anything is sent', async () => {
    finishSecondStep.mockClear();
    render(<SecondStepForm mfaToken="t" methods={['recovery_code']} onDone={vi.fn()} onRestart={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please enter one of your recovery codes.');
    expect(finishSecondStep).not.toHaveBeenCalled();
  });
});
