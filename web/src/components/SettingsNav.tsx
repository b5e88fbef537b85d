/**
 * Links between the account pages, and the log-out button. Logging out wipes what is kept for
 * offline use; when check-ins or entries still wait to sync, it asks first, since they would be lost.
 */
import { useState } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { describeError } from '../api/errors.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { useQueued } from '../offline/useOffline.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/** The account sub-navigation. */
export function SettingsNav() {
  const { logout, user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const waiting = useQueued(user?.id ?? null).length;
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const leave = async () => {
    setAsking(false);
    try {
      await logout();
    } catch (e) {
      setError(describeError(e));
    }
    // As RequireAuth would send them (it may or may not have re-rendered first): signing in again
    // returns to this page.
    navigate('/login', { replace: true, state: { from: location.pathname } });
  };
  return (
    <div className="row row--between card">
      <nav aria-label="Account">
        <ul className="nav">
          <li>
            <NavLink to="/settings" end>
              Profile
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/security">Security</NavLink>
          </li>
          <li>
            <NavLink to="/settings/notifications">Notifications</NavLink>
          </li>
          <li>
            <NavLink to="/settings/safety">Safety</NavLink>
          </li>
          <li>
            <NavLink to="/settings/data">Your data</NavLink>
          </li>
        </ul>
      </nav>
      <button
        type="button"
        className="btn btn--secondary btn--small"
        onClick={() => (waiting > 0 ? setAsking(true) : void leave())}
      >
        Log out
      </button>
      {asking ? (
        <ConfirmDialog
          open
          title="Some of your journal has not been sent yet"
          confirmLabel="Log out and delete them"
          danger
          onConfirm={() => void leave()}
          onClose={() => setAsking(false)}
        >
          <p>
            {waiting === 1 ? 'One check-in or entry is' : `${waiting} check-ins or entries are`} still waiting
            to sync on this device. Logging out deletes everything kept on this device, including them. To
            keep them, stay logged in until you are back online.
          </p>
        </ConfirmDialog>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
