/** The error of a provider sign-in that went wrong, shown on the login page. */

/** A failed sign-in: `message` is shown to the person on the login page. */
export class OidcFlowError extends Error {
  /** Why, for the security log (never shown). */
  readonly reason: string;
  constructor(message: string, reason: string) {
    super(message);
    this.name = 'OidcFlowError';
    this.reason = reason;
  }
}
