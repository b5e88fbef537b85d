/** Request and response schemas of the e-mail flows (verification, password reset and change, e-mail change). */
import { Type } from 'typebox';
import { Secret } from '../../http/schemas.ts';

const emailAddress = (description: string) =>
  Type.String({ minLength: 1, maxLength: 254, format: 'email', description });

const emailKey = (description: string) => Secret({ maxLength: 128, description });

const newPasswords = {
  new_password1: Secret({
    maxLength: 4096,
    description: 'The new password, checked by the password validators.',
  }),
  new_password2: Secret({
    maxLength: 4096,
    description: 'The new password again; must equal new_password1.',
  }),
};

/** `registration/verify-email/` and `email/change/confirm/`. */
export const KeyBody = Type.Object({
  key: emailKey(
    'The key from the e-mailed link (the last part of …/verify-email/<key> or …/confirm-email-change/<key>).',
  ),
});

/** `registration/resend-email/` and `password/reset/`. */
export const EmailBody = Type.Object({
  email: emailAddress('The e-mail address of the account.'),
});

/** `password/reset/confirm/`. */
export const ResetConfirmBody = Type.Object({
  uid: Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'The user id from the link …/reset-password/<uid>/<token>.',
  }),
  token: emailKey('The token from the link …/reset-password/<uid>/<token>.'),
  ...newPasswords,
});

/** `password/change/`. */
export const PasswordChangeBody = Type.Object({
  old_password: Secret({ maxLength: 4096, description: 'The current password.' }),
  ...newPasswords,
});

/** `email/change/`. */
export const EmailChangeBody = Type.Object({
  new_email: emailAddress('The new e-mail address; it replaces the current one only once confirmed.'),
  password: Secret({ maxLength: 4096, description: 'The current password.' }),
});

/** `{"detail": "..."}` of a successful request. */
export const DetailBody = Type.Object(
  { detail: Type.String({ description: 'What happened, as a sentence.' }) },
  { description: 'Success.' },
);
