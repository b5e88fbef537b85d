/** "New password" + "again" inputs with the live rules, for reset and change forms. */
import { useId } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { z } from 'zod';
import { TextField } from './fields.tsx';
import { checkPassword, PasswordRules } from './PasswordRules.tsx';

/** Zod shape of the two fields, with the browser-checkable rules. */
export const newPasswordShape = {
  new_password1: z.string().superRefine((value, ctx) => {
    const unmet = checkPassword(value).find((rule) => !rule.ok);
    if (unmet) ctx.addIssue({ code: 'custom', message: `Password: ${unmet.label.toLowerCase()}.` });
  }),
  new_password2: z.string().min(1, 'Please type the new password again.'),
};

/** Adds "the two passwords match" to a schema with {@link newPasswordShape}. */
export function samePasswords(
  values: { new_password1: string; new_password2: string },
  ctx: z.RefinementCtx,
) {
  if (values.new_password2 !== '' && values.new_password1 !== values.new_password2) {
    ctx.addIssue({ code: 'custom', path: ['new_password2'], message: 'The two passwords don’t match.' });
  }
}

/** The two fields. */
export function NewPasswordFields<T extends { new_password1: string; new_password2: string }>({
  register,
  errors,
  value,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  value: string;
}) {
  const rulesId = useId();
  const reg = register as unknown as UseFormRegister<{ new_password1: string; new_password2: string }>;
  return (
    <>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={<PasswordRules id={rulesId} password={value} />}
        error={errors.new_password1?.message as string | undefined}
        {...reg('new_password1')}
      />
      <TextField
        label="New password again"
        type="password"
        autoComplete="new-password"
        error={errors.new_password2?.message as string | undefined}
        {...reg('new_password2')}
      />
    </>
  );
}
