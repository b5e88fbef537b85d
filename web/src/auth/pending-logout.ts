/**
 * A logout that could not reach the server (the device was offline). The device is cleared at
 * once, but the refresh cookie would sign the person straight back in on the next visit; this mark
 * makes the next start finish the logout on the server instead of refreshing. Kept in
 * `localStorage` because it must survive closing the app.
 */

const KEY = 'mentalmuse.logout-pending';

/** Notes that the server still has to hear about a logout. */
export function markLogoutPending(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // No storage (private mode): nothing survives the tab anyway.
  }
}

/** True while a logout is waiting to reach the server. */
export function logoutPending(): boolean {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

/** Forgets the mark (the server heard the logout, or the person signed in again). */
export function clearLogoutPending(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
