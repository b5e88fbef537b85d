/**
 * Configuration: the environment (plus an optional `.env` file) parsed once, at start-up, into a
 * typed, frozen object. Every problem is collected and reported together; code elsewhere reads the
 * returned object and never `process.env`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { type Env, EnvReader } from './config/env-reader.ts';
import { readDefaultFromEmail, readSmtp, type SmtpConfig } from './config/mail.ts';
import { type OidcProviderConfig, readOidcProviders } from './config/oidc.ts';

export type { SmtpConfig } from './config/mail.ts';
export type { OidcProviderConfig } from './config/oidc.ts';

/** Which database engine a `DATABASE_URL` selects. */
export type DatabaseConfig =
  | { dialect: 'sqlite' /** file path, or `:memory:` */; path: string }
  | { dialect: 'postgres' /** the full `postgres://` URL */; url: string };

/** How e-mail addresses are verified at registration (allauth's `ACCOUNT_EMAIL_VERIFICATION`). */
export type EmailVerification = 'mandatory' | 'optional' | 'none';
/** Where outgoing mail goes (Django's `EMAIL_BACKEND`). */
export type EmailBackend = 'console' | 'file' | 'smtp';

/** SQLite's `synchronous` pragma; NORMAL in WAL mode loses no acknowledged write on a process crash. */
export type SqliteSynchronous = 'NORMAL' | 'FULL' | 'EXTRA';
/** Who may read the community (`COMMUNITY_READ`): anyone, or logged-in members only. */
export type CommunityRead = 'public' | 'members';
/** pino log levels. */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The typed, validated configuration of one server process. */
export interface Config {
  /** TCP port to listen on (`PORT`, default 8000). */
  port: number;
  /** Interface to bind (`HOST`, default 127.0.0.1). */
  host: string;
  /** Folder for the SQLite database, media and generated keys (`DATA_DIR`, default `./data`). */
  dataDir: string;
  /** Database selection (`DATABASE_URL`; unset → `DATA_DIR/mentalmuse.sqlite3`). */
  database: DatabaseConfig;
  /** Connections in the PostgreSQL pool (`DATABASE_POOL_SIZE`, default 10). */
  databasePoolSize: number;
  /** SQLite durability (`SQLITE_SYNCHRONOUS`, default NORMAL). */
  sqliteSynchronous: SqliteSynchronous;
  /** Secret used for HMACs (`SECRET_KEY`); null → generated into `DATA_DIR/secret_key`. */
  secretKey: string | null;
  /** PEM file with the token signing key (`JWT_PRIVATE_KEY_FILE`); null → generated into `DATA_DIR/keys`. */
  jwtPrivateKeyFile: string | null;
  /** Host header allowlist (`ALLOWED_HOSTS`, comma separated, `*` allows any). */
  allowedHosts: string[];
  /** Origins allowed by CORS (`CORS_ALLOWED_ORIGINS`, comma separated, exact origins). */
  corsAllowedOrigins: string[];
  /** Public URL of the SPA, used in e-mail links (`FRONTEND_URL`; null → the server's own URL). */
  frontendUrl: string | null;
  /** Mail delivery backend (`EMAIL_BACKEND`, default console). */
  emailBackend: EmailBackend;
  /** E-mail verification mode (`EMAIL_VERIFICATION`, default mandatory). */
  emailVerification: EmailVerification;
  /** Folder the file backend writes one `.eml` per message into (`EMAIL_FILE_PATH`, default `DATA_DIR/mail`). */
  emailFilePath: string;
  /** SMTP settings for `EMAIL_BACKEND=smtp`. */
  emailSmtp: SmtpConfig;
  /** Sender of every message (`DEFAULT_FROM_EMAIL`, default `MentalMuse <webmaster@localhost>`). */
  defaultFromEmail: string;
  /** Lifetime of e-mail verification and e-mail change keys in seconds (`EMAIL_VERIFICATION_KEY_LIFETIME`, default 259200 = 3 days). */
  emailVerificationKeyLifetime: number;
  /** Lifetime of password reset keys in seconds (`PASSWORD_RESET_TIMEOUT`, default 3600). */
  passwordResetTimeout: number;
  /** Access token lifetime in seconds (`ACCESS_TOKEN_LIFETIME`, default 300). */
  accessTokenLifetime: number;
  /** Refresh token lifetime in seconds (`REFRESH_TOKEN_LIFETIME`, default 1209600 = 14 days). */
  refreshTokenLifetime: number;
  /** Rotate refresh tokens on every use (`ROTATE_REFRESH_TOKENS`, default true). */
  rotateRefreshTokens: boolean;
  /** Redis URL for shared limits and revocation fan-out (`REDIS_URL`, optional). */
  redisUrl: string | null;
  /** Trust `X-Forwarded-*` from a proxy (`TRUST_PROXY`: true/false, a hop count or addresses). */
  trustProxy: boolean | number | string;
  /** TLS certificate and key files (`TLS_CERT`, `TLS_KEY`); both or neither. */
  tls: { cert: string; key: string } | null;
  /** Log level (`LOG_LEVEL`, default info). */
  logLevel: LogLevel;
  /** Log lines (`LOG_FORMAT`, default auto): `json`, `pretty` (readable, coloured) or `auto` (pretty on a terminal, else JSON). */
  logFormat: 'auto' | 'json' | 'pretty';
  /**
   * Scheduled backups by `serve`: folder (`BACKUP_DIR`; also where `backup` writes without `--to`),
   * seconds between backups (`BACKUP_INTERVAL`, 0 = none, the default) and how many to keep (`BACKUP_KEEP`, 7).
   */
  backup: { dir: string | null; interval: number; keep: number };
  /** Largest accepted request body in bytes (`BODY_LIMIT`, default 1 MiB). */
  bodyLimit: number;
  /** Global rate limiting (`RATE_LIMIT_ENABLED`, `RATE_LIMIT_MAX` requests per `RATE_LIMIT_WINDOW` seconds). */
  rateLimit: { enabled: boolean; max: number; window: number };
  /** Login throttling: failures allowed per account and per IP before backing off (`LOGIN_MAX_FAILURES`). */
  loginMaxFailures: number;
  /** Who may read posts and comments (`COMMUNITY_READ`, default public; `members` requires login). */
  communityRead: CommunityRead;
  /**
   * Journal encryption keys (`JOURNAL_ENCRYPTION_KEY`: comma-separated base64 of 32 bytes each; the
   * first encrypts, the rest still decrypt during a rotation). Empty → `DATA_DIR/keys/journal.key`.
   */
  journalEncryptionKeys: string[];
  /** JSON file of crisis resources shown with score-1 check-ins (`CRISIS_RESOURCES`); null → built-in list. */
  crisisResourcesFile: string | null;
  /**
   * Posting limits for new accounts (anti-spam, API.md C2): during their first `hours`, members may
   * create at most `postsPerHour` posts and `commentsPerHour` comments per hour (a post or comment
   * with a link counts double); 0 turns a limit off.
   */
  newAccounts: { hours: number; postsPerHour: number; commentsPerHour: number };
  /** Phrase file of the crisis lexicon (`CRISIS_LEXICON`, one phrase per line); null → built-in list. */
  crisisLexiconFile: string | null;
  /** Worker processes `serve` starts (`WORKERS`, default 1; `serve --workers N` overrides). */
  workers: number;
  /** Prometheus `/metrics` (`METRICS_ENABLED`, default false; `METRICS_TOKEN` or loopback-only). */
  metrics: { enabled: boolean; token: string | null };
  /** Seconds between sweeps for due check-in reminder e-mails (`REMINDER_SWEEP_INTERVAL`, default 60; 0 = none). */
  reminderSweepInterval: number;
  /** Answer 503 at once while the event loop lags more than this many seconds (`MAX_EVENT_LOOP_DELAY`, default 1; 0 off). */
  maxEventLoopDelay: number;
  /** OpenID Connect providers people may sign in with (`OIDC_PROVIDERS`, a JSON file; none when unset). */
  oidcProviders: OidcProviderConfig[];
  /** Moderators and admins need a second factor to use staff routes (`MFA_REQUIRED_FOR_STAFF`, default false). */
  mfaRequiredForStaff: boolean;
  /**
   * The WebAuthn relying party for passkeys: `origin` (`WEBAUTHN_ORIGIN`, default the origin of
   * `FRONTEND_URL`, else this server's own address) and `rpId` (`WEBAUTHN_RP_ID`, default the
   * origin's host name). Browsers refuse an IP address as the RP id (see `webauthnRpIdIsIp`).
   */
  webauthn: { rpId: string; origin: string };
}

/** True when a WebAuthn RP id is an IP address, which browsers refuse (use `localhost` locally). */
export function webauthnRpIdIsIp(rpId: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(rpId) || rpId.includes(':') || rpId.startsWith('[');
}

/** The server's own address (scheme, host, port) when `FRONTEND_URL` is not set. */
function ownOrigin(host: string, port: number, tls: boolean): string {
  const scheme = tls ? 'https' : 'http';
  const shownHost = ['0.0.0.0', '::', ''].includes(host) ? '127.0.0.1' : host;
  const shown = shownHost.includes(':') ? `[${shownHost}]` : shownHost;
  const defaultPort = (scheme === 'http' && port === 80) || (scheme === 'https' && port === 443);
  return `${scheme}://${shown}${defaultPort ? '' : `:${port}`}`;
}

function readWebauthn(
  reader: EnvReader,
  base: { frontendUrl: string | null; host: string; port: number; tls: boolean },
): { rpId: string; origin: string } {
  const fallback =
    base.frontendUrl !== null ? new URL(base.frontendUrl).origin : ownOrigin(base.host, base.port, base.tls);
  const raw = reader.text('WEBAUTHN_ORIGIN');
  let origin = fallback;
  if (raw !== undefined) {
    try {
      const parsed = new URL(raw);
      if (parsed.origin !== raw.replace(/\/$/, '')) throw new Error('not an origin');
      origin = parsed.origin;
    } catch {
      reader.problems.push(`WEBAUTHN_ORIGIN "${raw}" is not an origin like https://app.example.com.`);
    }
  }
  const originHost = new URL(origin).hostname.replace(/^\[|\]$/g, '');
  const rpId = (reader.text('WEBAUTHN_RP_ID') ?? originHost).toLowerCase();
  if (rpId !== originHost && !originHost.endsWith(`.${rpId}`))
    reader.problems.push(
      `WEBAUTHN_RP_ID "${rpId}" must be the host of WEBAUTHN_ORIGIN (${origin}) or a parent domain of it.`,
    );
  return { rpId, origin };
}

/** Thrown when the environment does not describe a valid configuration; lists every problem. */
export class ConfigError extends Error {
  /** One human sentence per problem, each naming its variable. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads `.env` (if present) beneath real environment variables, which always win. */
export function readEnvironment(processEnv: Env = process.env, cwd = process.cwd()): Env {
  const file = processEnv.ENV_FILE ?? path.join(cwd, '.env');
  if (!existsSync(file)) return { ...processEnv };
  return { ...parseDotenv(readFileSync(file)), ...processEnv };
}

/** Parses an environment into a {@link Config}; throws {@link ConfigError} listing every problem. */
export function loadConfig(env: Env, cwd = process.cwd()): Config {
  const reader = new EnvReader(env);
  const { problems } = reader;
  const text = reader.text.bind(reader);
  const int = reader.int.bind(reader);
  const bool = reader.bool.bind(reader);
  const choice = reader.choice.bind(reader);
  const seconds = reader.seconds.bind(reader);
  const list = reader.list.bind(reader);
  const url = reader.url.bind(reader);

  const dataDir = path.resolve(cwd, text('DATA_DIR') ?? 'data');

  let database: DatabaseConfig = { dialect: 'sqlite', path: path.join(dataDir, 'mentalmuse.sqlite3') };
  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl !== undefined) {
    if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) {
      try {
        new URL(databaseUrl);
        database = { dialect: 'postgres', url: databaseUrl };
      } catch {
        problems.push('DATABASE_URL is not a valid postgres:// URL.');
      }
    } else if (databaseUrl.startsWith('sqlite:')) {
      const file = databaseUrl.slice('sqlite:'.length).replace(/^\/\//, '');
      if (file === '')
        problems.push(
          'DATABASE_URL "sqlite:" needs a path, e.g. sqlite:./data/db.sqlite3 or sqlite::memory:.',
        );
      else database = { dialect: 'sqlite', path: file === ':memory:' ? file : path.resolve(cwd, file) };
    } else {
      problems.push('DATABASE_URL must start with postgres://, postgresql:// or sqlite: .');
    }
  }

  const corsAllowedOrigins = list('CORS_ALLOWED_ORIGINS', []);
  for (const origin of corsAllowedOrigins) {
    if (origin === '*') continue;
    try {
      const parsed = new URL(origin);
      if (parsed.origin !== origin.replace(/\/$/, '')) throw new Error('not an origin');
    } catch {
      problems.push(`CORS_ALLOWED_ORIGINS entry "${origin}" is not an origin like https://app.example.com.`);
    }
  }

  const tlsCert = text('TLS_CERT');
  const tlsKey = text('TLS_KEY');
  if ((tlsCert === undefined) !== (tlsKey === undefined))
    problems.push('TLS_CERT and TLS_KEY must be set together.');
  for (const [name, file] of [
    ['TLS_CERT', tlsCert],
    ['TLS_KEY', tlsKey],
  ] as const) {
    if (file !== undefined && !existsSync(path.resolve(cwd, file)))
      problems.push(`${name} file "${file}" does not exist.`);
  }

  const trustProxyRaw = text('TRUST_PROXY');
  let trustProxy: boolean | number | string = false;
  if (trustProxyRaw !== undefined) {
    const lower = trustProxyRaw.toLowerCase();
    // A number is a hop count (trust that many proxies in front), the safe choice behind one nginx.
    if (['true', 'yes', 'on'].includes(lower)) trustProxy = true;
    else if (['false', 'no', 'off'].includes(lower)) trustProxy = false;
    else if (/^\d+$/.test(lower)) trustProxy = Number(lower) === 0 ? false : Number(lower);
    else trustProxy = trustProxyRaw;
  }

  const secretKey = text('SECRET_KEY') ?? null;
  if (secretKey !== null && secretKey.length < 32)
    problems.push('SECRET_KEY must be at least 32 characters long.');

  const jwtKeyRaw = text('JWT_PRIVATE_KEY_FILE');
  const jwtPrivateKeyFile = jwtKeyRaw === undefined ? null : path.resolve(cwd, jwtKeyRaw);
  if (jwtPrivateKeyFile !== null && !existsSync(jwtPrivateKeyFile)) {
    problems.push(`JWT_PRIVATE_KEY_FILE file "${jwtKeyRaw}" does not exist.`);
  }

  const existingFile = (name: string): string | null => {
    const raw = text(name);
    if (raw === undefined) return null;
    const file = path.resolve(cwd, raw);
    if (!existsSync(file)) problems.push(`${name} file "${raw}" does not exist.`);
    return file;
  };

  const config: Config = {
    port: int('PORT', 8000, 0, 65535),
    host: text('HOST') ?? '127.0.0.1',
    dataDir,
    database,
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, 1, 1000),
    sqliteSynchronous: choice('SQLITE_SYNCHRONOUS', ['NORMAL', 'FULL', 'EXTRA'] as const, 'NORMAL', (s) =>
      s.toUpperCase(),
    ),
    secretKey,
    jwtPrivateKeyFile,
    allowedHosts: list('ALLOWED_HOSTS', ['localhost', '127.0.0.1', '[::1]']).map((h) => h.toLowerCase()),
    corsAllowedOrigins,
    frontendUrl: url('FRONTEND_URL'),
    emailBackend: choice('EMAIL_BACKEND', ['console', 'file', 'smtp'] as const, 'console', (s) =>
      s.toLowerCase(),
    ),
    emailVerification: choice(
      'EMAIL_VERIFICATION',
      ['mandatory', 'optional', 'none'] as const,
      'mandatory',
      (s) => s.toLowerCase(),
    ),
    emailFilePath: path.resolve(cwd, text('EMAIL_FILE_PATH') ?? path.join(dataDir, 'mail')),
    emailSmtp: readSmtp(reader),
    defaultFromEmail: readDefaultFromEmail(reader),
    emailVerificationKeyLifetime: int('EMAIL_VERIFICATION_KEY_LIFETIME', 259_200, 60, 31_536_000),
    passwordResetTimeout: int('PASSWORD_RESET_TIMEOUT', 3600, 60, 604_800),
    accessTokenLifetime: int('ACCESS_TOKEN_LIFETIME', 300, 1, 86_400),
    refreshTokenLifetime: int('REFRESH_TOKEN_LIFETIME', 1_209_600, 60, 31_536_000),
    rotateRefreshTokens: bool('ROTATE_REFRESH_TOKENS', true),
    redisUrl: text('REDIS_URL') ?? null,
    trustProxy,
    tls:
      tlsCert !== undefined && tlsKey !== undefined
        ? { cert: path.resolve(cwd, tlsCert), key: path.resolve(cwd, tlsKey) }
        : null,
    logLevel: choice('LOG_LEVEL', LOG_LEVELS, 'info', (s) => s.toLowerCase()),
    logFormat: choice('LOG_FORMAT', ['auto', 'json', 'pretty'] as const, 'auto', (s) => s.toLowerCase()),
    backup: {
      dir: text('BACKUP_DIR') === undefined ? null : path.resolve(cwd, text('BACKUP_DIR') ?? ''),
      interval: int('BACKUP_INTERVAL', 0, 0, 31_536_000),
      keep: int('BACKUP_KEEP', 7, 1, 10_000),
    },
    bodyLimit: int('BODY_LIMIT', 1_048_576, 1024, 104_857_600),
    rateLimit: {
      enabled: bool('RATE_LIMIT_ENABLED', true),
      max: int('RATE_LIMIT_MAX', 600, 1),
      window: int('RATE_LIMIT_WINDOW', 60, 1, 86_400),
    },
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 1000),
    communityRead: choice('COMMUNITY_READ', ['public', 'members'] as const, 'public', (s) => s.toLowerCase()),
    journalEncryptionKeys: list('JOURNAL_ENCRYPTION_KEY', []),
    crisisResourcesFile: existingFile('CRISIS_RESOURCES'),
    crisisLexiconFile: existingFile('CRISIS_LEXICON'),
    newAccounts: {
      hours: int('NEW_ACCOUNT_HOURS', 24, 0, 24 * 365),
      postsPerHour: int('NEW_ACCOUNT_POSTS_PER_HOUR', 5, 0, 10_000),
      commentsPerHour: int('NEW_ACCOUNT_COMMENTS_PER_HOUR', 20, 0, 10_000),
    },
    workers: int('WORKERS', 1, 1, 256),
    metrics: { enabled: bool('METRICS_ENABLED', false), token: text('METRICS_TOKEN') ?? null },
    maxEventLoopDelay: seconds('MAX_EVENT_LOOP_DELAY', 1, 60),
    reminderSweepInterval: int('REMINDER_SWEEP_INTERVAL', 60, 0, 86_400),
    oidcProviders: readOidcProviders(reader, cwd),
    mfaRequiredForStaff: bool('MFA_REQUIRED_FOR_STAFF', false),
    webauthn: { rpId: '', origin: '' },
  };
  config.webauthn = readWebauthn(reader, {
    frontendUrl: config.frontendUrl,
    host: config.host,
    port: config.port,
    tls: config.tls !== null,
  });
  if (config.metrics.token !== null && config.metrics.token.length < 16)
    problems.push('METRICS_TOKEN must be at least 16 characters long.');
  for (const [index, key] of config.journalEncryptionKeys.entries()) {
    if (!/^[A-Za-z0-9+/]{43}=$/.test(key) || Buffer.from(key, 'base64').length !== 32)
      problems.push(
        `JOURNAL_ENCRYPTION_KEY entry ${index + 1} must be 32 bytes in base64 (44 characters, e.g. "openssl rand -base64 32").`,
      );
  }
  if (config.backup.interval > 0 && config.backup.dir === null)
    problems.push('BACKUP_INTERVAL needs BACKUP_DIR (the folder scheduled backups are written to).');
  if (config.backup.interval > 0 && config.backup.interval < 60)
    problems.push('BACKUP_INTERVAL must be 0 (no scheduled backups) or at least 60 seconds.');
  if (config.redisUrl !== null && !/^rediss?:\/\//.test(config.redisUrl)) {
    problems.push('REDIS_URL must start with redis:// or rediss://.');
  }
  if (config.accessTokenLifetime >= config.refreshTokenLifetime) {
    problems.push('ACCESS_TOKEN_LIFETIME must be shorter than REFRESH_TOKEN_LIFETIME.');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/** A configuration for tests and tools: defaults, an in-memory SQLite database, quiet logs. */
export function testConfig(overrides: Env = {}): Config {
  return loadConfig({
    DATABASE_URL: 'sqlite::memory:',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_ENABLED: 'false',
    EMAIL_VERIFICATION: 'optional',
    // A test worker blocked by imports for a whole sample would otherwise shed its first requests.
    MAX_EVENT_LOOP_DELAY: '0',
    // Suites create many posts from brand-new accounts; the limits have their own tests.
    NEW_ACCOUNT_HOURS: '0',
    // Tests run the reminder sweep themselves (sendDueReminders) at the instants they choose.
    REMINDER_SWEEP_INTERVAL: '0',
    ...overrides,
  });
}
