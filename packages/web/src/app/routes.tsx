import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppShell } from './AppShell';

// Pages load on demand, so the first screen carries only what it shows.
const OrgUnitsPage = lazy(() => import('../features/org-units/OrgUnitsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/units" replace /> },
      { path: 'units', element: <OrgUnitsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
