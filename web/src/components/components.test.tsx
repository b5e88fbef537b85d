import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { ApiError } from '../api/errors.ts';
import { ContentWarning } from './ContentWarning.tsx';
import { TextField } from './fields.tsx';
import { LikeButton } from './LikeButton.tsx';
import { MoodPicker } from './MoodPicker.tsx';
import { checkPassword, PasswordRules } from './PasswordRules.tsx';

function PasswordHarness() {
  const [value, setValue] = useState('');
  return (
    <>
      <TextField label="Password" value={value} onChange={(e) => setValue(e.target.value)} />
      <PasswordRules id="rules" password={value} username="alice" />
    </>
  );
}

function MoodHarness({ onChange }: { onChange: (v: number | null) => void }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <MoodPicker
      label="How are you?"
      value={value}
      onChange={(v) => {
        onChange(v);
        setValue(v);
      }}
    />
  );
}

describe('PasswordRules', () => {
  test('rules turn met as the person types', async () => {
    render(<PasswordHarness />);
    const length = screen.getByText('At least 8 characters');
    expect(length).toHaveAttribute('data-ok', 'false');
    await userEvent.type(screen.getByLabelText('Password'), '12345678');
    expect(length).toHaveAttribute('data-ok', 'true');
    expect(screen.getByText('Not only numbers')).toHaveAttribute('data-ok', 'false');
    await userEvent.type(screen.getByLabelText('Password'), 'abc');
    expect(screen.getByText('Not only numbers')).toHaveAttribute('data-ok', 'true');
  });

  test('a password containing the username is flagged', () => {
    const similar = checkPassword('alice-2024!', { username: 'alice' }).find((r) =>
      r.label.includes('username'),
    );
    expect(similar?.ok).toBe(false);
  });
});

describe('LikeButton', () => {
  test('changes at once (optimistic) and settles on the server’s answer', async () => {
    let resolve: (v: { liked: boolean; likes_count: number }) => void = () => undefined;
    const send = vi.fn(() => new Promise<{ liked: boolean; likes_count: number }>((r) => (resolve = r)));
    render(<LikeButton liked={false} count={2} what="post" send={send} />);
    const button = screen.getByRole('button', { name: 'Like this post, 2 likes' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveAccessibleName('Like this post, 3 likes');
    expect(send).toHaveBeenCalledWith(true);
    resolve({ liked: true, likes_count: 7 });
    await waitFor(() => expect(button).toHaveAccessibleName('Like this post, 7 likes'));
  });

  test('goes back and explains when the server refuses', async () => {
    const send = vi.fn(async () => {
      throw new ApiError(429, { detail: 'Request was throttled.' }, 4);
    });
    render(<LikeButton liked={true} count={1} what="comment" send={send} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('try again in about 4 seconds'));
    expect(screen.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button')).toHaveAccessibleName('Like this comment, 1 like');
  });
});

describe('MoodPicker', () => {
  test('is a radio group: one tap chooses, arrow keys move', async () => {
    const onChange = vi.fn();
    render(<MoodHarness onChange={onChange} />);
    expect(screen.getByRole('group', { name: 'How are you?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Good' }));
    expect(onChange).toHaveBeenLastCalledWith(4);
    expect(screen.getByRole('radio', { name: 'Good' })).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith(5);
    expect(screen.getByRole('radio', { name: 'Great' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Great' })).toBeChecked();
  });
});

describe('ContentWarning', () => {
  test('hides the content from assistive tech until revealed', async () => {
    render(
      <ContentWarning warning="grief">
        <p>Heavy words</p>
      </ContentWarning>,
    );
    expect(screen.getByText('Heavy words').parentElement).toHaveAttribute('aria-hidden', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Show post' }));
    expect(screen.getByText('Heavy words').parentElement).toHaveAttribute('aria-hidden', 'false');
    expect(screen.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('TextField', () => {
  test('ties label, hint and error to the input', () => {
    render(<TextField label="E-mail" hint="Never shown." error="Please enter a valid e-mail address." />);
    const input = screen.getByLabelText('E-mail');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Never shown. Please enter a valid e-mail address.');
  });
});
