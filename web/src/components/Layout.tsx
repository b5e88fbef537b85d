/**
 * The frame of every page: skip link, a sticky header with navigation and the always-visible
 * "Need help now?" button (a help panel over the page, so nothing being written is lost), the
 * main region and a footer that links the full help page; the offline bar and the "new version"
 * prompt of the installable app.
 */
import { Suspense, useState } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import logo from '../assets/favicon.svg';
import { useAuth } from '../auth/AuthProvider.tsx';
import { Flash } from './Flash.tsx';
import { Loading } from './feedback.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { OfflineStatus } from './OfflineStatus.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';

/** The app shell around the routed page. */
export function Layout() {
  const { status, user } = useAuth();
  const signedIn = status === 'authenticated' && user !== null;
  const [helpOpen, setHelpOpen] = useState(false);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <img src={logo} alt="" width="26" height="26" />
            MentalMuse
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              <li>
                <NavLink to="/" end>
                  Community
                </NavLink>
              </li>
              {signedIn ? (
                <>
                  <li>
                    <NavLink to="/journal">Journal</NavLink>
                  </li>
                  <li>
                    <NavLink to="/insights">Insights</NavLink>
                  </li>
                  {user.is_staff ? (
                    <>
                      <li>
                        <NavLink to="/moderation">Moderation</NavLink>
                      </li>
                      <li>
                        <NavLink to="/admin">Admin</NavLink>
                      </li>
                    </>
                  ) : null}
                  <li>
                    <NavLink to="/settings">Account</NavLink>
                  </li>
                  <li>
                    <NotificationBell />
                  </li>
                </>
              ) : status === 'anonymous' ? (
                <>
                  <li>
                    <NavLink to="/login">Log in</NavLink>
                  </li>
                  <li>
                    <NavLink to="/register">Join</NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <button
            type="button"
            className="help-link"
            aria-haspopup="dialog"
            onClick={() => setHelpOpen(true)}
          >
            Need help now?
          </button>
        </div>
      </header>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <OfflineStatus />
      <UpdatePrompt />
      <main id="main" className="main" tabIndex={-1}>
        <Flash />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          MentalMuse is peer support, not a substitute for professional care.{' '}
          <Link to="/help">If you are struggling right now, find help here.</Link>
        </p>
      </footer>
    </>
  );
}
