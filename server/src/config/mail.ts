/** Outgoing-mail settings: the SMTP connection and the sender address. */
import type { EnvReader } from './env-reader.ts';

/** SMTP connection settings (`EMAIL_URL`, or `EMAIL_HOST` and its companions). */
export interface SmtpConfig {
  /** Mail server host name. */
  host: string;
  /** Mail server port. */
  port: number;
  /** User name for SMTP AUTH, or null for none. */
  user: string | null;
  /** Password for SMTP AUTH, or null. */
  password: string | null;
  /** Upgrade a plain connection with STARTTLS and refuse to go on without it (`EMAIL_USE_TLS`). */
  useTls: boolean;
  /** Implicit TLS from the first byte, usually port 465 (`EMAIL_USE_SSL`, or an `smtps://` URL). */
  useSsl: boolean;
}

/** SMTP settings from `EMAIL_URL`, or `EMAIL_HOST` and its companions. */
export function readSmtp(reader: EnvReader): SmtpConfig {
  const useTls = reader.bool('EMAIL_USE_TLS', false);
  let useSsl = reader.bool('EMAIL_USE_SSL', false);
  // A secret: never trimmed.
  const password = reader.raw('EMAIL_HOST_PASSWORD');
  const base: SmtpConfig = {
    host: reader.text('EMAIL_HOST') ?? 'localhost',
    port: reader.int('EMAIL_PORT', 25, 1, 65535),
    user: reader.text('EMAIL_HOST_USER') ?? null,
    password: password === undefined || password === '' ? null : password,
    useTls,
    useSsl,
  };
  const raw = reader.text('EMAIL_URL');
  if (raw !== undefined) {
    if (reader.text('EMAIL_HOST') !== undefined)
      reader.problems.push('Set EMAIL_URL or EMAIL_HOST, not both.');
    try {
      const parsed = new URL(raw);
      if (!['smtp:', 'smtps:'].includes(parsed.protocol) || parsed.hostname === '') throw new Error('scheme');
      useSsl = useSsl || parsed.protocol === 'smtps:';
      Object.assign(base, {
        host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: parsed.port === '' ? (useSsl ? 465 : 25) : Number(parsed.port),
        user: parsed.username === '' ? null : decodeURIComponent(parsed.username),
        password: parsed.password === '' ? null : decodeURIComponent(parsed.password),
        useSsl,
      });
    } catch {
      reader.problems.push(
        'EMAIL_URL must look like smtp://user:password@host:port (or smtps:// for implicit TLS).',
      );
    }
  }
  if (base.useTls && base.useSsl)
    reader.problems.push('EMAIL_USE_TLS and EMAIL_USE_SSL are mutually exclusive.');
  return base;
}

/** The sender address (`DEFAULT_FROM_EMAIL`). */
export function readDefaultFromEmail(reader: EnvReader): string {
  const value = reader.text('DEFAULT_FROM_EMAIL') ?? 'MentalMuse <webmaster@localhost>';
  if (!/^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(value)) {
    reader.problems.push(
      `DEFAULT_FROM_EMAIL must be an address, e.g. "MentalMuse <noreply@example.com>" (got "${value}").`,
    );
  }
  return value;
}
