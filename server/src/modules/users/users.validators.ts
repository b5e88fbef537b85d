/**
 * Field rules for user data, with Django's messages. Pure functions: each returns a list of
 * messages (empty when valid) so callers can report every problem at once.
 */

const USERNAME_RE = /^[\p{L}\p{N}@.+\-_]+$/u;
// A pragmatic address check (Django's EmailValidator in spirit): local@domain.tld, no spaces.
const EMAIL_RE = /^[^\s@]+@([^\s@.]+\.)+[^\s@.]{2,}$/u;

/** Username: required, ≤ 150, letters, digits and @/./+/-/_ only. */
export function validateUsername(username: string): string[] {
  if (username === '') return ['This field may not be blank.'];
  const problems: string[] = [];
  if (username.length > 150) problems.push('Ensure this field has no more than 150 characters.');
  if (!USERNAME_RE.test(username)) {
    problems.push(
      'Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.',
    );
  }
  return problems;
}

/** E-mail address: required, ≤ 254, plausible shape. */
export function validateEmail(email: string): string[] {
  if (email === '') return ['This field may not be blank.'];
  if (email.length > 254) return ['Ensure this field has no more than 254 characters.'];
  return EMAIL_RE.test(email) ? [] : ['Enter a valid email address.'];
}

/** The minimal password rule every path shares (the accounts module adds the full validators). */
export function validatePasswordLength(password: string): string[] {
  if (password.length < 8) return ['This password is too short. It must contain at least 8 characters.'];
  if (password.length > 128) return ['Ensure this field has no more than 128 characters.'];
  return [];
}

/** Case-insensitive key for usernames (NFKC, lower case), as Django normalises them. */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').toLowerCase();
}

/** Case-insensitive key for e-mail addresses. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').toLowerCase();
}
