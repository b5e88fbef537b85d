/** Pure helpers of issue 15: plurals, day ranges, datetime-local values, drafts, event sentences, month grids. */
import { describe, expect, test } from 'vitest';
import { labelEvery } from '../components/chart-parts.tsx';
import { monthWeeks } from '../components/MoodCalendar.tsx';
import { clearAllDrafts, clearDraft, draftKey, loadDraft, saveDraft } from './drafts.ts';
import { eventLabel } from './events.ts';
import { everyDay, fromLocalInput, plural, toLocalInput } from './format.ts';

describe('plural', () => {
  test('English plural rules, regular and -y words', () => {
    expect(plural(1, 'entry')).toBe('1 entry');
    expect(plural(0, 'entry')).toBe('0 entries');
    expect(plural(2, 'comment')).toBe('2 comments');
    expect(plural(1, 'comment')).toBe('1 comment');
    expect(plural(3, 'check-in')).toBe('3 check-ins');
  });
});

describe('everyDay', () => {
  test('inclusive range across a month end, one entry per day', () => {
    expect(everyDay('2026-01-30', '2026-02-02')).toEqual([
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
    ]);
    expect(everyDay('2026-03-05', '2026-03-05')).toEqual(['2026-03-05']);
    expect(everyDay('2026-03-06', '2026-03-05')).toEqual([]);
  });
});

describe('datetime-local values', () => {
  test('round trip to the minute; empty and garbage are null', () => {
    const iso = new Date(2026, 4, 17, 9, 15).toISOString();
    expect(toLocalInput(iso)).toBe('2026-05-17T09:15');
    expect(fromLocalInput('2026-05-17T09:15')).toBe(iso);
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
  });
});

describe('drafts', () => {
  test('per member and place; cleared one by one or all at once, other storage untouched', () => {
    localStorage.setItem('unrelated', 'keep');
    saveDraft(draftKey('u1', 'post:new'), { body: 'hello' });
    saveDraft(draftKey('u2', 'post:new'), { body: 'someone else' });
    expect(loadDraft(draftKey('u1', 'post:new'))).toEqual({ body: 'hello' });
    expect(loadDraft(draftKey('u1', 'comment:x'))).toBeNull();
    clearDraft(draftKey('u1', 'post:new'));
    expect(loadDraft(draftKey('u1', 'post:new'))).toBeNull();
    clearAllDrafts();
    expect(loadDraft(draftKey('u2', 'post:new'))).toBeNull();
    expect(localStorage.getItem('unrelated')).toBe('keep');
    localStorage.setItem(draftKey('u1', 'broken'), '{not json');
    expect(loadDraft(draftKey('u1', 'broken'))).toBeNull();
  });
});

describe('eventLabel', () => {
  test('known codes read as sentences; unknown codes never show dots', () => {
    expect(eventLabel('login.success')).toBe('Logged in');
    expect(eventLabel('token.reuse')).toBe('A sign-in from an old session was blocked');
    expect(eventLabel('login.failure', { reason: 'wrong_code' })).toBe(
      'A sign-in attempt with a wrong code at the second step',
    );
    expect(eventLabel('login.failure', {})).toBe('A login attempt with a wrong password');
    expect(eventLabel('mfa.totp_enable')).toBe('Mfa totp enable');
  });
});

describe('monthWeeks', () => {
  test('Monday-first weeks covering every day once', () => {
    const weeks = monthWeeks(2026, 1); // February 2026 starts on a Sunday.
    expect(weeks[0]).toEqual([null, null, null, null, null, null, 1]);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter((d) => d !== null)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });
});

describe('labelEvery', () => {
  test('thins labels so they fit, never below every one', () => {
    const days = Array.from({ length: 30 }, (_, i) => `Nov ${i + 1}`);
    expect(labelEvery(days, 200)).toBeGreaterThanOrEqual(10);
    expect(labelEvery(['Mon', 'Tue', 'Wed'], 600)).toBe(1);
  });
});
