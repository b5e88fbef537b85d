/**
 * The auth module's front door: registration, login, tokens and sessions (`/api/auth/`), the
 * e-mail flows (verification, password reset and change, e-mail change) and the account
 * lifecycle (`/api/account/`: export and deletion). It builds on the users module (identities
 * and credentials) and the audit log; the fan-out carries its revocations between processes.
 */
export { accountSection } from './account.contributor.ts';
export { accountRoutes } from './account.routes.ts';
export type { AccountsContext } from './auth.context.ts';
export { accountsPlugin } from './auth.plugin.ts';
export { toSessionDto } from './auth.presenter.ts';
export { emailFlowsRoutes } from './email-flows.routes.ts';
export { type MfaResetResult, resetSecondFactors } from './mfa.service.ts';
export { secondFactorKeyUser } from './mfa-keys.ts';
export { queuePasswordResetEmail } from './password.service.ts';
export {
  applyRevocations,
  liveSessionsOf,
  revokedSessionsSince,
  revokeUserSessions,
  type SessionRow,
} from './sessions.service.ts';
export { purgeSessionsNow, registerSessionPurge } from './sessions-purge.job.ts';
export { queueVerificationEmail } from './verification.service.ts';
