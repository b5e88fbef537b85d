/**
 * Password validators (Django's AUTH_PASSWORD_VALIDATORS): length 8–128, not a common password,
 * not entirely numeric, not too similar to the user's own attributes. Each returns messages so
 * every problem is reported at once under the `password` field; none of them ever throws.
 */
import { createRequire } from 'node:module';
import { validatePasswordLength } from './users.validators.ts';

/** The user attributes a password must not resemble. */
export interface PasswordContext {
  username?: string | null;
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
}

/**
 * Where the common-password list comes from: the `passwords-common` dictionary of the npm
 * package `@zxcvbn-ts/language-common` (MIT licence, https://github.com/zxcvbn-ts/zxcvbn),
 * about 49,000 lowercase passwords from public breach corpora. Read from the installed package
 * on first use, never downloaded at run time.
 */
export const COMMON_PASSWORDS_SOURCE = {
  package: '@zxcvbn-ts/language-common',
  dictionary: 'passwords-common',
  licence: 'MIT',
} as const;

/** Django's default `max_similarity` for UserAttributeSimilarityValidator. */
export const MAX_SIMILARITY = 0.7;

/** The attributes compared, in Django's order, with the names its messages use. */
const ATTRIBUTES: readonly (readonly [keyof PasswordContext, string])[] = [
  ['username', 'username'],
  ['first_name', 'first name'],
  ['last_name', 'last name'],
  ['email', 'email address'],
];

let commonPasswords: ReadonlySet<string> | null = null;

/** The common-password list as a set (loaded from the package once, on first use). */
export function loadCommonPasswords(): ReadonlySet<string> {
  if (commonPasswords === null) {
    const require = createRequire(import.meta.url);
    const module = require(COMMON_PASSWORDS_SOURCE.package) as { dictionary: Record<string, string[]> };
    const list = module.dictionary[COMMON_PASSWORDS_SOURCE.dictionary] ?? [];
    commonPasswords = new Set(list.map((entry) => entry.toLowerCase()));
  }
  return commonPasswords;
}

/**
 * difflib's `SequenceMatcher(a, b).quick_ratio()`: 2·M / T where M counts the characters the two
 * strings share (as multisets) and T is their total length; 1 when both are empty. Django's
 * similarity validator compares with this bound.
 */
export function quickRatio(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const total = left.length + right.length;
  if (total === 0) return 1;
  const available = new Map<string, number>();
  for (const char of right) available.set(char, (available.get(char) ?? 0) + 1);
  let matches = 0;
  for (const char of left) {
    const count = available.get(char) ?? 0;
    if (count > 0) {
      available.set(char, count - 1);
      matches += 1;
    }
  }
  return (2 * matches) / total;
}

// Django skips parts far shorter than the password: they could never reach the ratio anyway.
function exceedsMaximumLengthRatio(passwordLength: number, value: string): boolean {
  const valueLength = Array.from(value).length;
  return passwordLength >= 10 * valueLength && valueLength < (MAX_SIMILARITY / 2) * passwordLength;
}

/** "The password is too similar to the …" for the first attribute it resembles, else nothing. */
export function validateSimilarity(password: string, context: PasswordContext): string[] {
  const lower = password.toLowerCase();
  const length = Array.from(lower).length;
  for (const [attribute, verboseName] of ATTRIBUTES) {
    const value = context[attribute];
    if (typeof value !== 'string' || value === '') continue;
    const valueLower = value.toLowerCase();
    // Python's re.split(r"\W+", value) plus the whole value: e-mail local part and domain labels.
    const parts = [...valueLower.split(/[^\p{L}\p{N}_]+/u), valueLower];
    for (const part of parts) {
      if (exceedsMaximumLengthRatio(length, part)) continue;
      if (quickRatio(lower, part) >= MAX_SIMILARITY) {
        return [`The password is too similar to the ${verboseName}.`];
      }
    }
  }
  return [];
}

/** "This password is too common." when the password (lowercased, trimmed) is on the list. */
export function validateNotCommon(password: string): string[] {
  return loadCommonPasswords().has(password.toLowerCase().trim()) ? ['This password is too common.'] : [];
}

/** "This password is entirely numeric." when every character is a decimal digit. */
export function validateNotNumeric(password: string): string[] {
  return /^\p{Nd}+$/u.test(password) ? ['This password is entirely numeric.'] : [];
}

/** All password problems (empty when the password is acceptable), in Django's order. */
export function validatePassword(password: string, context: PasswordContext = {}): string[] {
  if (typeof password !== 'string') return ['Not a valid string.'];
  return [
    ...validateSimilarity(password, context),
    ...validatePasswordLength(password),
    ...validateNotCommon(password),
    ...validateNotNumeric(password),
  ];
}
