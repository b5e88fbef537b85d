import { describe, expect, test } from 'vitest';
import { ApiError, describeError, NetworkError } from './errors.ts';

describe('ApiError and describeError', () => {
  test('field errors are split from non-field errors', () => {
    const error = new ApiError(400, {
      username: ['A user with that username already exists.'],
      non_field_errors: ['Nope.'],
    });
    expect(error.kind).toBe('validation');
    expect(error.fields).toEqual({ username: ['A user with that username already exists.'] });
    expect(describeError(error)).toBe('Nope.');
  });

  test('a `code` field (the second sign-in step) is a field error; a `code` string is the machine code', () => {
    const field = new ApiError(400, { code: ['Invalid code.'] });
    expect(field.fields).toEqual({ code: ['Invalid code.'] });
    expect(field.code).toBeNull();
    expect(describeError(field)).toBe('Invalid code.');
    const staff = new ApiError(403, {
      detail: 'Staff accounts need a second sign-in step.',
      code: 'mfa_required',
    });
    expect(staff.code).toBe('mfa_required');
    expect(staff.fields).toEqual({});
    expect(describeError(staff)).toBe('Staff accounts need a second sign-in step.');
  });

  test.each([
    [
      401,
      { detail: 'No active account found with the given credentials' },
      null,
      'That username or password didn’t match. Please try again.',
    ],
    [
      401,
      { detail: 'Given token not valid for any token type', code: 'token_not_valid' },
      null,
      'Your session has ended. Please log in again — nothing you saved is lost.',
    ],
    [401, { detail: 'Authentication credentials were not provided.' }, null, 'Please log in to continue.'],
    [
      403,
      { detail: 'You do not have permission to perform this action.' },
      null,
      'You don’t have permission to do that.',
    ],
    [
      403,
      { detail: 'E-mail is not verified.' },
      null,
      'Please confirm your e-mail address first: open the link we sent you.',
    ],
    [
      403,
      { detail: 'CSRF Failed: CSRF token missing.', code: 'csrf_failed' },
      null,
      'For your safety we couldn’t confirm this request. Please reload the page and try again.',
    ],
    [404, { detail: 'Not found.' }, null, 'We couldn’t find that. It may have been removed.'],
    [
      429,
      { detail: 'Request was throttled. Expected available in 12 seconds.' },
      12,
      'There have been a lot of attempts. Please take a breath and try again in about 12 seconds.',
    ],
    [
      429,
      { detail: 'Request was throttled.' },
      300,
      'There have been a lot of attempts. Please take a breath and try again in about 5 minutes.',
    ],
    [
      429,
      { detail: 'Welcome! During their first day, new members can share up to 5 posts an hour.' },
      1200,
      'Welcome! During their first day, new members can share up to 5 posts an hour.',
    ],
    [
      500,
      { detail: 'Internal server error.' },
      null,
      'Something went wrong on our side. It’s not your fault — please try again in a moment.',
    ],
    [
      503,
      { detail: 'Service unavailable.' },
      3,
      'MentalMuse is briefly unavailable. Please try again in about 3 seconds.',
    ],
  ])('%i %j → a sentence', (status, body, retry, sentence) => {
    expect(describeError(new ApiError(status, body, retry))).toBe(sentence);
  });

  test('network errors and unknown errors get calm sentences, never JSON', () => {
    expect(describeError(new NetworkError())).toMatch(/couldn’t reach MentalMuse/);
    expect(describeError(new Error('{"x":1}'))).toBe('Something unexpected happened. Please try again.');
  });
});
