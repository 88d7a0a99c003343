import { useQuery } from '@apollo/client/react';
import type { AccessRole } from '@nvtt/shared';
import { Navigate } from './router';
import { Loading } from '../components/QueryState';
import { ViewerDocument } from '../features/session/session.documents';

/** Roles that read figures across the province land on the dashboard. */
export const DASHBOARD_ROLES: readonly AccessRole[] = ['DECIDER', 'CONSOLIDATOR', 'VIEWER'];

/** Where "/" leads: the dashboard for the BTV, BTC and viewers; each other role to its own work. */
export function homeOf(roles: readonly AccessRole[]): string {
  if (roles.some((role) => DASHBOARD_ROLES.includes(role))) return '/dashboard';
  if (roles.includes('FOCAL_REVIEWER') || roles.includes('ADVISORY_REVIEWER')) return '/inbox';
  if (roles.includes('CADRE')) return '/my-tasks';
  if (roles.includes('ADMIN')) return '/admin/accounts';
  return '/units';
}

export function HomeRedirect() {
  const { data, loading } = useQuery(ViewerDocument);
  if (loading && !data) return <Loading />;
  return <Navigate to={homeOf(data?.viewer?.accessRoles ?? [])} replace />;
}
