/** Links between the account pages, and the log-out buttons. */
import { useState } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { describeError } from '../api/errors.ts';
import { useAuth } from '../auth/AuthProvider.tsx';

/** The account sub-navigation. */
export function SettingsNav() {
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
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
        onClick={async () => {
          try {
            await logout();
          } catch (e) {
            setError(describeError(e));
          }
          navigate('/login');
        }}
      >
        Log out
      </button>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
