import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const load = (env: Record<string, string>) => loadConfig(env, '/srv/app');

function problemsOf(env: Record<string, string>): string[] {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the documented defaults with an empty environment', () => {
    const config = load({});
    expect(config).toMatchObject({
      port: 8000,
      host: '127.0.0.1',
      dataDir: '/srv/app/data',
      database: { dialect: 'sqlite', path: '/srv/app/data/mentalmuse.sqlite3' },
      sqliteSynchronous: 'NORMAL',
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
      corsAllowedOrigins: [],
      emailBackend: 'console',
      emailVerification: 'mandatory',
      accessTokenLifetime: 300,
      refreshTokenLifetime: 1_209_600,
      rotateRefreshTokens: true,
      redisUrl: null,
      trustProxy: false,
      tls: null,
      logLevel: 'info',
      bodyLimit: 1_048_576,
      rateLimit: { enabled: true, max: 600, window: 60 },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable it documents', () => {
    const config = load({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/mm',
      DATABASE_URL: 'postgres://u:p@db:5432/mm',
      SQLITE_SYNCHRONOUS: 'full',
      ALLOWED_HOSTS: 'example.com, .example.org',
      CORS_ALLOWED_ORIGINS: 'https://app.example.com,http://localhost:5173',
      FRONTEND_URL: 'https://app.example.com/',
      EMAIL_BACKEND: 'SMTP',
      EMAIL_VERIFICATION: 'mandatory',
      ACCESS_TOKEN_LIFETIME: '60',
      REFRESH_TOKEN_LIFETIME: '3600',
      ROTATE_REFRESH_TOKENS: 'false',
      REDIS_URL: 'redis://127.0.0.1:6379',
      TRUST_PROXY: '1',
      LOG_LEVEL: 'warn',
      BODY_LIMIT: '2048',
      RATE_LIMIT_ENABLED: 'no',
      RATE_LIMIT_MAX: '10',
      RATE_LIMIT_WINDOW: '5',
      SECRET_KEY: 'x'.repeat(40),
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/mm',
      database: { dialect: 'postgres', url: 'postgres://u:p@db:5432/mm' },
      sqliteSynchronous: 'FULL',
      allowedHosts: ['example.com', '.example.org'],
      corsAllowedOrigins: ['https://app.example.com', 'http://localhost:5173'],
      frontendUrl: 'https://app.example.com',
      emailBackend: 'smtp',
      emailVerification: 'mandatory',
      accessTokenLifetime: 60,
      refreshTokenLifetime: 3600,
      rotateRefreshTokens: false,
      redisUrl: 'redis://127.0.0.1:6379',
      trustProxy: 1,
      logLevel: 'warn',
      bodyLimit: 2048,
      rateLimit: { enabled: false, max: 10, window: 5 },
      secretKey: 'x'.repeat(40),
    });
  });

  it('accepts sqlite: URLs, relative and in memory', () => {
    expect(load({ DATABASE_URL: 'sqlite:./db/x.sqlite3' }).database).toEqual({
      dialect: 'sqlite',
      path: path.resolve('/srv/app', 'db/x.sqlite3'),
    });
    expect(load({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({
      dialect: 'sqlite',
      path: ':memory:',
    });
  });

  it('lists every problem at once, each naming its variable', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      EMAIL_BACKEND: 'pigeon',
      EMAIL_VERIFICATION: 'sometimes',
      ROTATE_REFRESH_TOKENS: 'maybe',
      CORS_ALLOWED_ORIGINS: 'not a url',
      FRONTEND_URL: 'ftp://x',
      LOG_LEVEL: 'loud',
      TLS_CERT: '/nope.pem',
      SECRET_KEY: 'short',
      REDIS_URL: 'http://x',
      ACCESS_TOKEN_LIFETIME: '0',
    });
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'EMAIL_BACKEND',
      'EMAIL_VERIFICATION',
      'ROTATE_REFRESH_TOKENS',
      'CORS_ALLOWED_ORIGINS',
      'FRONTEND_URL',
      'LOG_LEVEL',
      'TLS_CERT and TLS_KEY',
      'SECRET_KEY',
      'REDIS_URL',
      'ACCESS_TOKEN_LIFETIME',
    ]) {
      expect(
        problems.some((p) => p.startsWith(name) || p.includes(name)),
        name,
      ).toBe(true);
    }
    expect(problems.length).toBeGreaterThanOrEqual(12);
  });

  it('rejects an access lifetime not shorter than the refresh lifetime', () => {
    expect(problemsOf({ ACCESS_TOKEN_LIFETIME: '7200', REFRESH_TOKEN_LIFETIME: '3600' })).toEqual([
      'ACCESS_TOKEN_LIFETIME must be shorter than REFRESH_TOKEN_LIFETIME.',
    ]);
  });

  it('treats empty values as unset', () => {
    expect(load({ PORT: '', DATABASE_URL: '  ' }).port).toBe(8000);
  });

  it('reads the feature settings added by later modules', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = load({
      COMMUNITY_READ: 'Members',
      JOURNAL_ENCRYPTION_KEY: `${key}, ${key}`,
      WORKERS: '2',
      METRICS_ENABLED: 'true',
      METRICS_TOKEN: 't'.repeat(20),
      MAX_EVENT_LOOP_DELAY: '0.5',
      EMAIL_URL: 'smtps://user%40x:p%20w@mail.example.com',
      DEFAULT_FROM_EMAIL: 'MentalMuse <noreply@example.com>',
    });
    expect(config).toMatchObject({
      communityRead: 'members',
      journalEncryptionKeys: [key, key],
      workers: 2,
      metrics: { enabled: true, token: 't'.repeat(20) },
      maxEventLoopDelay: 0.5,
      emailSmtp: {
        host: 'mail.example.com',
        port: 465,
        user: 'user@x',
        password: 'p w',
        useSsl: true,
        useTls: false,
      },
      defaultFromEmail: 'MentalMuse <noreply@example.com>',
    });
  });

  it('lists problems in the feature settings too', () => {
    const problems = problemsOf({
      COMMUNITY_READ: 'everyone',
      JOURNAL_ENCRYPTION_KEY: 'short',
      WORKERS: '0',
      METRICS_TOKEN: 'tiny',
      MAX_EVENT_LOOP_DELAY: '-1',
      EMAIL_URL: 'http://mail',
      EMAIL_USE_TLS: 'true',
      EMAIL_USE_SSL: 'true',
      DEFAULT_FROM_EMAIL: 'not an address',
      CRISIS_RESOURCES: '/nope.json',
    });
    for (const name of [
      'COMMUNITY_READ',
      'JOURNAL_ENCRYPTION_KEY',
      'WORKERS',
      'METRICS_TOKEN',
      'MAX_EVENT_LOOP_DELAY',
      'EMAIL_URL',
      'EMAIL_USE_TLS and EMAIL_USE_SSL',
      'DEFAULT_FROM_EMAIL',
      'CRISIS_RESOURCES',
    ]) {
      expect(
        problems.some((p) => p.includes(name)),
        name,
      ).toBe(true);
    }
  });
});
