import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireStaff } from './access/RequireStaff';
import { setApiNavigator } from './api/client';
import { ModulePage } from './components/ModulePage';
import { RouteError } from './components/RouteError';
import { Lazy } from './components/Lazy';
import type { LocalText } from './i18n/locale-context';
import { AuthLayout } from './layout/auth/AuthLayout';
import { CockpitLayout } from './layout/cockpit/CockpitLayout';
import { PortalLayout } from './layout/portal/PortalLayout';
import { WorkbenchLayout } from './layout/workbench/WorkbenchLayout';
import { webModules } from './modules';
import type { LayoutName } from './web-module';

const LoginPage = lazy(() => import('./pages/auth/LoginPage'));
const ChangePasswordPage = lazy(() => import('./pages/auth/ChangePasswordPage'));
const TotpSetupPage = lazy(() => import('./pages/auth/TotpSetupPage'));
const PortalHome = lazy(() => import('./pages/portal/PortalHome'));
const CitizenLoginPage = lazy(() => import('./pages/portal/CitizenLoginPage'));
const CitizenInboxPage = lazy(() => import('./pages/portal/CitizenInboxPage'));
const WorkbenchHome = lazy(() => import('./pages/workbench/WorkbenchHome'));
const CockpitHome = lazy(() => import('./pages/cockpit/CockpitHome'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

/** Route `handle`: the title the breadcrumb shows. */
export interface RouteHandle {
  title: LocalText;
}

function title(zh: string, en: string): RouteHandle {
  return { title: { zh, en } };
}

/** The pages every enabled module contributes to one layout, each behind its access key. */
function moduleRoutes(layout: LayoutName): RouteObject[] {
  return webModules.flatMap((m) =>
    m.routes
      .filter((r) => r.layout === layout)
      .map((r) => ({ path: r.path, handle: { title: r.title } satisfies RouteHandle, element: <ModulePage route={r} /> })),
  );
}

const notFound: RouteObject = { path: '*', element: <Lazy page={NotFoundPage} /> };

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <Navigate to="/portal" replace /> },
      {
        element: <AuthLayout />,
        children: [
          { path: '/login', element: <Lazy page={LoginPage} /> },
          {
            element: <RequireStaff allowPendingSteps />,
            children: [
              { path: '/change-password', element: <Lazy page={ChangePasswordPage} /> },
              { path: '/totp-setup', element: <Lazy page={TotpSetupPage} /> },
            ],
          },
        ],
      },
      {
        path: '/portal',
        element: <PortalLayout />,
        children: [
          { index: true, element: <Lazy page={PortalHome} /> },
          { path: 'login', element: <Lazy page={CitizenLoginPage} />, handle: title('登录', 'Sign in') },
          { path: 'inbox', element: <Lazy page={CitizenInboxPage} />, handle: title('我的送达文书', 'My served documents') },
          ...moduleRoutes('portal'),
          notFound,
        ],
      },
      {
        path: '/workbench',
        element: <RequireStaff />,
        children: [
          {
            element: <WorkbenchLayout />,
            children: [{ index: true, element: <Lazy page={WorkbenchHome} /> }, ...moduleRoutes('workbench'), notFound],
          },
        ],
      },
      {
        path: '/cockpit',
        element: <RequireStaff />,
        children: [
          {
            element: <CockpitLayout />,
            children: [{ index: true, element: <Lazy page={CockpitHome} /> }, ...moduleRoutes('cockpit'), notFound],
          },
        ],
      },
      { element: <AuthLayout />, children: [notFound] },
    ],
  },
];

/** The app's one browser router; API redirects (sign-in, password change) navigate through it. */
export function createAppRouter() {
  const router = createBrowserRouter(routes);
  setApiNavigator((to) => void router.navigate(to));
  return router;
}
