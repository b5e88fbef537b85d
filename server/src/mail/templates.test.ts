/**
 * Templates and links: every message has a text and an HTML part with the product name, links
 * start with FRONTEND_URL (or the server's own URL), user text is escaped, and nothing refers to
 * an external image, font or stylesheet.
 */
import { describe, expect, it } from 'vitest';
import { testConfig } from '../config.ts';
import { confirmEmailChangeLink, frontendBase, resetPasswordLink, verifyEmailLink } from './links.ts';
import { escapeHtml } from './templates/layout.ts';
import {
  confirmEmailChangeMessage,
  describeDuration,
  emailChangedMessage,
  passwordChangedMessage,
  passwordResetMessage,
  verifyEmailMessage,
} from './templates/messages.ts';

const link = 'https://app.example.test/verify-email/k3y';
const all = [
  verifyEmailMessage({ name: 'Sam', link, lifetime: 259_200 }),
  passwordResetMessage({ name: 'Sam', link, lifetime: 3600 }),
  passwordChangedMessage({
    name: 'Sam',
    how: 'changed',
    forgotLink: 'https://app.example.test/forgot-password',
  }),
  confirmEmailChangeMessage({ name: 'Sam', newEmail: 'new@example.com', link, lifetime: 259_200 }),
  emailChangedMessage({ name: 'Sam', newEmail: 'new@example.com' }),
];

describe('templates', () => {
  it('every message has a subject, text and HTML with the product name and no external resources', () => {
    for (const message of all) {
      expect(message.subject.startsWith('MentalMuse: ')).toBe(true);
      expect(message.text).toContain('Hello Sam,');
      expect(message.html).toContain('MentalMuse');
      expect(message.html).not.toMatch(/<img|<link|<script|@import|url\(|src=/i);
      for (const url of message.html.match(/https?:\/\/[^"<\s]+/g) ?? []) {
        expect(url.startsWith('https://app.example.test/')).toBe(true);
      }
    }
  });

  it('links appear in both parts, and lifetimes in words', () => {
    const [verify, reset] = all;
    expect(verify?.text).toContain(link);
    expect(verify?.html).toContain(`href="${link}"`);
    expect(verify?.text).toContain('3 days');
    expect(reset?.text).toContain('1 hour');
    expect(describeDuration(90)).toBe('90 seconds');
    expect(describeDuration(7200)).toBe('2 hours');
  });

  it('escapes user text in HTML', () => {
    const message = verifyEmailMessage({ name: '<b>Sam</b> & "co"', link, lifetime: 60 });
    expect(message.html).toContain('&lt;b&gt;Sam&lt;/b&gt; &amp; &quot;co&quot;');
    expect(message.html).not.toContain('<b>Sam</b>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});

describe('links', () => {
  it('point at FRONTEND_URL', () => {
    const config = testConfig({ FRONTEND_URL: 'https://app.example.test/' });
    expect(verifyEmailLink(config, 'abc')).toBe('https://app.example.test/verify-email/abc');
    expect(resetPasswordLink(config, 'u1', 't-2')).toBe('https://app.example.test/reset-password/u1/t-2');
    expect(confirmEmailChangeLink(config, 'k')).toBe('https://app.example.test/confirm-email-change/k');
  });

  it('default to the server’s own address, never the request’s Host header', () => {
    expect(frontendBase(testConfig())).toBe('http://127.0.0.1:8000');
    expect(frontendBase(testConfig({ HOST: '0.0.0.0', PORT: '80' }))).toBe('http://127.0.0.1');
    expect(frontendBase(testConfig({ HOST: '::1', PORT: '9000' }))).toBe('http://[::1]:9000');
  });
});
