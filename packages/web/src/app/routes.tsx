import { lazyPage as lazy } from './lazy-page';
import type { RouteObject } from './router';
import { AppShell } from './AppShell';
import { AuthGate } from './AuthGate';
import { HomeRedirect } from './HomeRedirect';

// Pages load on demand, so the first screen carries only what it shows.
const LoginPage = lazy(() => import('../features/session/LoginPage'));
const OrgUnitsPage = lazy(() => import('../features/org-units/OrgUnitsPage'));
const AccountPage = lazy(() => import('../features/account/AccountPage'));
const AccountsPage = lazy(() => import('../features/admin/AccountsPage'));
const MyTasksPage = lazy(() => import('../features/workflow/my-tasks/MyTasksPage'));
const TaskPage = lazy(() => import('../features/workflow/task/TaskPage'));
const InboxPage = lazy(() => import('../features/workflow/inbox/InboxPage'));
const DecisionsPage = lazy(() => import('../features/workflow/decisions/DecisionsPage'));
const ConsolidationPage = lazy(() => import('../features/workflow/consolidation/ConsolidationPage'));
const CycleSettingsPage = lazy(() => import('../features/workflow/cycle-settings/CycleSettingsPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const AnalysisPage = lazy(() => import('../features/analysis/AnalysisPage'));
const DrillDownPage = lazy(() => import('../features/drill-down/DrillDownPage'));
const DossierPage = lazy(() => import('../features/dossier/DossierPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

/**
 * On a first load of the dashboard, its chunk is fetched while the session is checked instead of
 * after: the Standing Committee's landing page is the one whose first screen is measured.
 */
export function preloadPageOf(pathname: string): void {
  if (/^\/dashboard\/?$/i.test(pathname)) void DashboardPage.preload().catch(() => undefined);
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <AuthGate>
        <AppShell />
      </AuthGate>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'analysis', element: <AnalysisPage /> },
      { path: 'units', element: <OrgUnitsPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'admin/accounts', element: <AccountsPage /> },
      { path: 'my-tasks', element: <MyTasksPage /> },
      { path: 'tasks/:id', element: <TaskPage /> },
      { path: 'inbox', element: <InboxPage /> },
      { path: 'decisions', element: <DecisionsPage /> },
      { path: 'consolidation', element: <ConsolidationPage /> },
      { path: 'cycle-settings', element: <CycleSettingsPage /> },
      { path: 'drill', element: <DrillDownPage /> },
      { path: 'cadres/:cadreId/:year', element: <DossierPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
