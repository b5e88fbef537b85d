/** The e-mail settings of config.ts: defaults, EMAIL_URL parsing and every validation message. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';

const load = (env: Record<string, string>) => loadConfig(env, '/srv/app');

describe('e-mail configuration', () => {
  it('defaults: console backend, mandatory verification, 3-day keys, 1-hour reset links', () => {
    const config = load({});
    expect(config).toMatchObject({
      emailBackend: 'console',
      emailVerification: 'mandatory',
      emailFilePath: '/srv/app/data/mail',
      defaultFromEmail: 'MentalMuse <webmaster@localhost>',
      emailVerificationKeyLifetime: 259_200,
      passwordResetTimeout: 3600,
      emailSmtp: { host: 'localhost', port: 25, user: null, password: null, useTls: false, useSsl: false },
    });
  });

  it('reads EMAIL_URL with credentials (percent-decoded) and smtps:// as implicit TLS', () => {
    expect(load({ EMAIL_URL: 'smtp://me%40x.org:p%20w@mail.example.com:587' }).emailSmtp).toEqual({
      host: 'mail.example.com',
      port: 587,
      user: 'me@x.org',
      password: 'p w',
      useTls: false,
      useSsl: false,
    });
    expect(load({ EMAIL_URL: 'smtps://mail.example.com', EMAIL_USE_TLS: 'false' }).emailSmtp).toMatchObject({
      port: 465,
      useSsl: true,
    });
  });

  it('reads the separate variables', () => {
    const config = load({
      EMAIL_HOST: 'smtp.example.com',
      EMAIL_PORT: '587',
      EMAIL_HOST_USER: 'u',
      EMAIL_HOST_PASSWORD: ' spaced secret ',
      EMAIL_USE_TLS: 'true',
      EMAIL_FILE_PATH: 'outbox',
      DEFAULT_FROM_EMAIL: 'Team <team@example.com>',
      EMAIL_VERIFICATION_KEY_LIFETIME: '600',
      PASSWORD_RESET_TIMEOUT: '900',
    });
    expect(config.emailSmtp).toEqual({
      host: 'smtp.example.com',
      port: 587,
      user: 'u',
      password: ' spaced secret ',
      useTls: true,
      useSsl: false,
    });
    expect(config).toMatchObject({
      emailFilePath: '/srv/app/outbox',
      defaultFromEmail: 'Team <team@example.com>',
      emailVerificationKeyLifetime: 600,
      passwordResetTimeout: 900,
    });
  });

  it('lists every e-mail problem at once', () => {
    try {
      load({
        EMAIL_URL: 'http://mail.example.com',
        EMAIL_HOST: 'x',
        EMAIL_USE_TLS: 'true',
        EMAIL_USE_SSL: 'true',
        DEFAULT_FROM_EMAIL: 'nobody',
        PASSWORD_RESET_TIMEOUT: '5',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('Set EMAIL_URL or EMAIL_HOST, not both.');
      expect(problems).toContain('EMAIL_URL must look like smtp://');
      expect(problems).toContain('EMAIL_USE_TLS and EMAIL_USE_SSL are mutually exclusive.');
      expect(problems).toContain('DEFAULT_FROM_EMAIL must be an address');
      expect(problems).toContain('PASSWORD_RESET_TIMEOUT must be a whole number between 60');
    }
  });
});
