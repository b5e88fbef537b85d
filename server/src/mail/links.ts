/**
 * Links in e-mails point at the single-page app (`FRONTEND_URL`), never at API routes. Without
 * `FRONTEND_URL` they point at this server's own address (`HOST`/`PORT`), which serves the SPA;
 * the request's `Host` header is never used, so a forged header cannot poison a reset link.
 */
import type { Config } from '../config.ts';

/** The base URL links start with, without a trailing slash. */
export function frontendBase(config: Config): string {
  if (config.frontendUrl !== null) return config.frontendUrl;
  const scheme = config.tls === null ? 'http' : 'https';
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  const shown = host.includes(':') ? `[${host}]` : host;
  const defaultPort =
    (scheme === 'http' && config.port === 80) || (scheme === 'https' && config.port === 443);
  return `${scheme}://${shown}${defaultPort ? '' : `:${config.port}`}`;
}

/** `FRONTEND_URL/verify-email/<key>`: confirms the address given at registration. */
export function verifyEmailLink(config: Config, key: string): string {
  return `${frontendBase(config)}/verify-email/${encodeURIComponent(key)}`;
}

/** `FRONTEND_URL/reset-password/<uid>/<token>`: sets a new password. */
export function resetPasswordLink(config: Config, uid: string, token: string): string {
  return `${frontendBase(config)}/reset-password/${encodeURIComponent(uid)}/${encodeURIComponent(token)}`;
}

/** `FRONTEND_URL/confirm-email-change/<key>`: confirms a new address. */
export function confirmEmailChangeLink(config: Config, key: string): string {
  return `${frontendBase(config)}/confirm-email-change/${encodeURIComponent(key)}`;
}

/** `FRONTEND_URL/forgot-password`: where a worried user can reset their password. */
export function forgotPasswordLink(config: Config): string {
  return `${frontendBase(config)}/forgot-password`;
}

/** `FRONTEND_URL/restore-account/<key>`: cancels a scheduled account deletion. */
export function restoreAccountLink(config: Config, key: string): string {
  return `${frontendBase(config)}/restore-account/${encodeURIComponent(key)}`;
}
