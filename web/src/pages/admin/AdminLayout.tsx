/**
 * The frame of the admin console (`/admin/…`, moderators and admins): a section navigation and
 * the routed page. Admin-only sections are listed for admins only (the server refuses them anyway).
 */
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '../../auth/AuthProvider.tsx';
import '../../styles/admin.css';

/** The admin console's shell. */
export function AdminLayout() {
  const { user } = useAuth();
  const admin = user?.is_superuser === true;
  const links: [string, string][] = [
    ['/admin', 'Dashboard'],
    ['/admin/users', 'Users'],
    ['/admin/content', 'Content'],
    ['/moderation', 'Reports'],
    ...(admin
      ? ([
          ['/admin/audit', 'Audit log'],
          ['/admin/outbox', 'Outbox'],
        ] as [string, string][])
      : []),
  ];
  return (
    <div className="stack">
      <nav aria-label="Admin" className="admin-nav">
        <ul>
          {links.map(([to, label]) => (
            <li key={to}>
              <NavLink to={to} end={to === '/admin'}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
