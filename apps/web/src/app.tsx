import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppLayout } from './layout/app-layout';
import { RealtimeProvider } from './realtime/realtime-context';
import { ViewerProvider } from './session/viewer-context';

// One chunk per screen: the first visit downloads the shell and the screen it opens only.
const BoardDirectoryPage = lazy(() => import('./pages/board-directory-page'));
const CreateBoardPage = lazy(() => import('./pages/create-board-page'));
const BoardPage = lazy(() => import('./pages/board-page'));
const ThreadPage = lazy(() => import('./pages/thread-page'));
const ProfilePage = lazy(() => import('./pages/profile-page'));
const SearchPage = lazy(() => import('./pages/search-page'));
const SignUpPage = lazy(() => import('./pages/sign-up-page'));
const SignInPage = lazy(() => import('./pages/sign-in-page'));
const VerifyEmailPage = lazy(() => import('./pages/verify-email-page'));
const ForgotPasswordPage = lazy(() => import('./pages/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('./pages/reset-password-page'));
const SettingsPage = lazy(() => import('./pages/settings-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));
const UnsubscribePage = lazy(() => import('./pages/unsubscribe-page'));
const ModerationLogPage = lazy(() => import('./pages/moderation-log-page'));
const BoardModerationLogPage = lazy(() => import('./pages/board-moderation-log-page'));
const AdminPage = lazy(() => import('./pages/admin-page'));
const StaffDomainsPage = lazy(() => import('./pages/staff-domains-page'));
const GrowthPage = lazy(() => import('./pages/growth-page'));

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <BoardDirectoryPage /> },
      { path: '/boards/new', element: <CreateBoardPage /> },
      { path: '/b/:slug', element: <BoardPage /> },
      { path: '/b/:slug/t/:threadId', element: <ThreadPage /> },
      { path: '/b/:slug/moderation', element: <BoardModerationLogPage /> },
      { path: '/moderation', element: <ModerationLogPage /> },
      { path: '/unsubscribe', element: <UnsubscribePage /> },
      { path: '/admin', element: <AdminPage /> },
      { path: '/admin/staff-domains', element: <StaffDomainsPage /> },
      { path: '/admin/growth', element: <GrowthPage /> },
      { path: '/u/:handle', element: <ProfilePage /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/signup', element: <SignUpPage /> },
      { path: '/signin', element: <SignInPage /> },
      { path: '/verify', element: <VerifyEmailPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset', element: <ResetPasswordPage /> },
      { path: '/settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <ViewerProvider>
      <RealtimeProvider>
        <RouterProvider router={router} />
      </RealtimeProvider>
    </ViewerProvider>
  );
}
