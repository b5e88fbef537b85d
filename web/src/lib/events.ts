/** Security and audit event codes (`login.success`…) as sentences people read. */

const LABELS: Record<string, string> = {
  'user.register': 'Account created',
  'login.success': 'Logged in',
  'login.failure': 'A login attempt with a wrong password',
  logout: 'Logged out',
  'logout.all': 'Logged out on every device',
  'session.revoke': 'A device was logged out',
  'token.reuse': 'A sign-in from an old session was blocked',
  'password.change': 'Password changed',
  'password.change_failure': 'A password change with the wrong current password',
  'password.reset': 'Password reset',
  'password.reset_request': 'Password reset link requested',
  'email.verify': 'E-mail address confirmed',
  'email.change': 'E-mail address changed',
  'email.change_request': 'E-mail change requested',
  'email.verify_resend': 'Confirmation e-mail sent again',
  'account.export': 'Your data was downloaded',
  'account.delete': 'Account deleted',
  'account.delete.failure': 'An attempt to delete the account with the wrong password',
  'admin.set_role': 'Role changed by an administrator',
  'admin.deactivate': 'Account deactivated by an administrator',
  'admin.reactivate': 'Account reactivated by an administrator',
  'admin.password_reset': 'Password reset sent by an administrator',
  'admin.verification_resend': 'Confirmation e-mail resent by an administrator',
  'admin.audit_export': 'Audit log exported',
  'journal.key': 'Journal encryption key changed',
  'login.mfa_required': 'Password right, second step asked for',
  'mfa.totp_enabled': 'Authenticator app set up',
  'mfa.totp_disabled': 'Authenticator app turned off',
  'mfa.recovery_codes_regenerated': 'New recovery codes made',
  'mfa.recovery_code_used': 'A recovery code was used to sign in',
  'mfa.passkey_added': 'Passkey added',
  'mfa.passkey_removed': 'Passkey removed',
  'admin.mfa_reset': 'Second sign-in steps reset by an administrator',
  'moderation.post_hide': 'Post hidden by a moderator',
  'moderation.post_restore': 'Post restored by a moderator',
  'moderation.post_delete': 'Post deleted by a moderator',
  'moderation.comment_hide': 'Comment hidden by a moderator',
  'moderation.comment_restore': 'Comment restored by a moderator',
  'moderation.comment_delete': 'Comment deleted by a moderator',
  'moderation.report_resolve': 'Report resolved',
  'moderation.report_dismiss': 'Report dismissed',
};

/**
 * The sentence for an event code, sharpened by its details where they say more (a failed sign-in at
 * the second step had the right password); unknown codes become words ("mfa.enable" → "Mfa enable").
 */
export function eventLabel(type: string, details?: unknown): string {
  if (type === 'login.failure' && (details as { reason?: unknown } | null)?.reason === 'wrong_code')
    return 'A sign-in attempt with a wrong code at the second step';
  return LABELS[type] ?? type.replace(/[._]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}
