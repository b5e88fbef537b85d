/**
 * `check` and `check --deploy`: configuration and database sanity, and (with --deploy) the
 * settings that are unsafe in production, in the spirit of Django's `check --deploy`.
 */
import type { Config } from '../config.ts';

/** One finding. */
export interface CheckFinding {
  /** Stable id, e.g. `security.W001`. */
  id: string;
  /** What is wrong and how to fix it. */
  message: string;
}

const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/** Settings that are unsafe when the deployment is production (which `--deploy` assumes). */
export function deployFindings(config: Config, env: Record<string, string | undefined>): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const add = (id: string, message: string) => findings.push({ id, message });
  if (config.tls === null && config.trustProxy === false) {
    add(
      'security.W001',
      'Neither TLS_CERT/TLS_KEY nor TRUST_PROXY is set: the server would speak plain HTTP. Terminate TLS here or in a proxy (see deploy/nginx.conf) and set TRUST_PROXY.',
    );
  }
  if (config.corsAllowedOrigins.includes('*')) {
    add(
      'security.W002',
      'CORS_ALLOWED_ORIGINS contains "*": any web site could call the API with a user\'s token. List exact origins.',
    );
  }
  for (const origin of config.corsAllowedOrigins) {
    if (origin.startsWith('http://') && !LOOPBACK_ORIGIN.test(origin)) {
      add('security.W003', `CORS_ALLOWED_ORIGINS entry ${origin} uses plain http; use https.`);
    }
  }
  if (config.secretKey === null) {
    add(
      'security.W004',
      'SECRET_KEY is not set: a key generated into DATA_DIR is used. Set SECRET_KEY (≥ 32 random characters) and keep it out of the repository.',
    );
  }
  if (config.jwtPrivateKeyFile === null) {
    add(
      'security.W005',
      'JWT_PRIVATE_KEY_FILE is not set: token signing keys are auto-generated into DATA_DIR. Provision keys explicitly so every instance shares them.',
    );
  }
  if (config.logLevel === 'debug' || config.logLevel === 'trace') {
    add(
      'security.W006',
      `LOG_LEVEL is ${config.logLevel}: verbose logs may record personal data. Use info or warn.`,
    );
  }
  if (config.allowedHosts.includes('*')) {
    add('security.W007', 'ALLOWED_HOSTS contains "*": list the host names the site is served under.');
  }
  if (config.frontendUrl === null) {
    add(
      'security.W008',
      "FRONTEND_URL is not set: links in e-mails would point at the server's own address.",
    );
  } else if (config.frontendUrl.startsWith('http://')) {
    add('security.W009', 'FRONTEND_URL uses plain http; links in e-mails should be https.');
  }
  if (!config.rateLimit.enabled)
    add('security.W010', 'RATE_LIMIT_ENABLED is false: nothing slows down abusive clients.');
  if (!config.mfaRequiredForStaff) {
    add(
      'security.W011',
      'MFA_REQUIRED_FOR_STAFF is false: moderators and admins can hide content and act on accounts with a password alone. Set it to true once staff have set up a second sign-in step.',
    );
  }
  if (config.emailBackend === 'console') {
    add(
      'mail.W001',
      'EMAIL_BACKEND is console: verification and reset e-mails are printed, not delivered. Use smtp.',
    );
  }
  const workers = Number(env.WEB_CONCURRENCY ?? env.WORKERS ?? '1');
  if (config.database.dialect === 'sqlite' && workers > 1) {
    add(
      'database.W001',
      'SQLite with several worker processes: writes serialise on one file lock. Use PostgreSQL for more than one process.',
    );
  }
  return findings;
}

/** Formats findings as Django does. */
export function formatFindings(findings: CheckFinding[]): string {
  if (findings.length === 0) return 'System check identified no issues (0 silenced).';
  const lines = findings.map((f) => `?: (${f.id}) ${f.message}`);
  return `System check identified some issues:\n\nWARNINGS:\n${lines.join('\n')}\n\nSystem check identified ${findings.length} issue${findings.length === 1 ? '' : 's'} (0 silenced).`;
}
