/** Route guards: pages for members only, and pages for moderators. */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/feedback.tsx';
import { useAuth } from './AuthProvider.tsx';

/** Renders children for a logged-in user; sends others to the login page (and back afterwards). */
export function RequireAuth({ children, staff = false }: { children: ReactNode; staff?: boolean }) {
  const { status, user } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <Loading label="Checking your session…" />;
  if (status === 'anonymous' || user === null) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (staff && !user.is_staff) {
    return (
      <div className="alert alert--info" role="status">
        This area is for moderators.
      </div>
    );
  }
  return <>{children}</>;
}
