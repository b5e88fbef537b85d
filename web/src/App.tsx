/**
 * The routes. Every page is loaded on demand so the first screen ships only the shell;
 * member-only pages sit behind {@link RequireAuth}.
 */
import { type ComponentType, lazy, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { Layout } from './components/Layout.tsx';
import { RouteError } from './components/RouteError.tsx';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const FeedPage = page(() => import('./pages/FeedPage.tsx'), 'FeedPage');
const PostPage = page(() => import('./pages/PostPage.tsx'), 'PostPage');
const EditPostPage = page(() => import('./pages/EditPostPage.tsx'), 'EditPostPage');
const LoginPage = page(() => import('./pages/LoginPage.tsx'), 'LoginPage');
const RegisterPage = page(() => import('./pages/RegisterPage.tsx'), 'RegisterPage');
const VerifyEmailPage = page(() => import('./pages/VerifyEmailPage.tsx'), 'VerifyEmailPage');
const RestoreAccountPage = page(() => import('./pages/RestoreAccountPage.tsx'), 'RestoreAccountPage');
const ForgotPasswordPage = page(() => import('./pages/ForgotPasswordPage.tsx'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./pages/ResetPasswordPage.tsx'), 'ResetPasswordPage');
const ConfirmEmailChangePage = page(
  () => import('./pages/ConfirmEmailChangePage.tsx'),
  'ConfirmEmailChangePage',
);
const UnsubscribePage = page(() => import('./pages/UnsubscribePage.tsx'), 'UnsubscribePage');
const RemindersOffPage = page(() => import('./pages/RemindersOffPage.tsx'), 'RemindersOffPage');
const ProfilePage = page(() => import('./pages/ProfilePage.tsx'), 'ProfilePage');
const SettingsPage = page(() => import('./pages/SettingsPage.tsx'), 'SettingsPage');
const SecurityPage = page(() => import('./pages/SecurityPage.tsx'), 'SecurityPage');
const DataPage = page(() => import('./pages/DataPage.tsx'), 'DataPage');
const NotificationsPage = page(() => import('./pages/NotificationsPage.tsx'), 'NotificationsPage');
const NotificationSettingsPage = page(
  () => import('./pages/NotificationSettingsPage.tsx'),
  'NotificationSettingsPage',
);
const SafetySettingsPage = page(() => import('./pages/SafetySettingsPage.tsx'), 'SafetySettingsPage');
const JournalPage = page(() => import('./pages/JournalPage.tsx'), 'JournalPage');
const EntryPage = page(() => import('./pages/EntryPage.tsx'), 'EntryPage');
const JournalPrintPage = page(() => import('./pages/JournalPrintPage.tsx'), 'JournalPrintPage');
const InsightsPage = page(() => import('./pages/InsightsPage.tsx'), 'InsightsPage');
const ModerationPage = page(() => import('./pages/ModerationPage.tsx'), 'ModerationPage');
const HelpPage = page(() => import('./pages/HelpPage.tsx'), 'HelpPage');
const AdminLayout = page(() => import('./pages/admin/AdminLayout.tsx'), 'AdminLayout');
const AdminDashboardPage = page(() => import('./pages/admin/AdminDashboardPage.tsx'), 'AdminDashboardPage');
const AdminUsersPage = page(() => import('./pages/admin/AdminUsersPage.tsx'), 'AdminUsersPage');
const AdminUserPage = page(() => import('./pages/admin/AdminUserPage.tsx'), 'AdminUserPage');
const AdminContentPage = page(() => import('./pages/admin/AdminContentPage.tsx'), 'AdminContentPage');
const AdminAuditPage = page(() => import('./pages/admin/AdminAuditPage.tsx'), 'AdminAuditPage');
const AdminOutboxPage = page(() => import('./pages/admin/AdminOutboxPage.tsx'), 'AdminOutboxPage');
const NotFoundPage = page(() => import('./pages/NotFoundPage.tsx'), 'NotFoundPage');

const member = (element: ReactNode) => <RequireAuth>{element}</RequireAuth>;

/** The router of the app (exported for tests). */
export const routes = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <FeedPage /> },
      { path: '/post/:id', element: <PostPage /> },
      { path: '/post/:id/edit', element: member(<EditPostPage />) },
      { path: '/login', element: <LoginPage /> },
      { path: '/register', element: <RegisterPage /> },
      { path: '/verify-email/:key', element: <VerifyEmailPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password/:uid/:token', element: <ResetPasswordPage /> },
      { path: '/confirm-email-change/:key', element: <ConfirmEmailChangePage /> },
      { path: '/restore-account/:key', element: <RestoreAccountPage /> },
      { path: '/unsubscribe', element: <UnsubscribePage /> },
      { path: '/reminders-off', element: <RemindersOffPage /> },
      { path: '/u/:id', element: member(<ProfilePage />) },
      { path: '/settings', element: member(<SettingsPage />) },
      { path: '/settings/security', element: member(<SecurityPage />) },
      { path: '/settings/data', element: member(<DataPage />) },
      { path: '/settings/notifications', element: member(<NotificationSettingsPage />) },
      { path: '/settings/safety', element: member(<SafetySettingsPage />) },
      { path: '/notifications', element: member(<NotificationsPage />) },
      { path: '/journal', element: member(<JournalPage />) },
      { path: '/journal/print', element: member(<JournalPrintPage />) },
      { path: '/journal/entries/new', element: member(<EntryPage />) },
      { path: '/journal/entries/:id', element: member(<EntryPage />) },
      { path: '/insights', element: member(<InsightsPage />) },
      { path: '/moderation', element: <RequireAuth staff>{<ModerationPage />}</RequireAuth> },
      {
        path: '/admin',
        element: <RequireAuth staff>{<AdminLayout />}</RequireAuth>,
        children: [
          { index: true, element: <AdminDashboardPage /> },
          { path: 'users', element: <AdminUsersPage /> },
          { path: 'users/:id', element: <AdminUserPage /> },
          { path: 'content', element: <AdminContentPage /> },
          { path: 'audit', element: <AdminAuditPage /> },
          { path: 'outbox', element: <AdminOutboxPage /> },
        ],
      },
      { path: '/help', element: <HelpPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

/** The routed app. */
export function App() {
  return <RouterProvider router={router} />;
}
