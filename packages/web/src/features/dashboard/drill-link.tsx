import { useQuery } from '@apollo/client/react';
import { seesTasksByName } from '@nvtt/shared';
import type { ReactNode } from 'react';
import { Link, useNavigate } from '../../app/router';
import { ViewerDocument } from '../session/session.documents';

/**
 * Whether the signed-in user's figures lead to lists of cadres (the access policy in shared): a
 * viewer of aggregates gets the figures without links that would only open an empty list.
 */
export function useDrillAllowed(): boolean {
  const { data } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
  return seesTasksByName(data?.viewer?.accessRoles ?? []);
}

/** A figure's link to its cadres, or the figure alone for a user who has no list to open. */
export function DrillLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  return useDrillAllowed() ? (
    <Link to={to} className={className}>
      {children}
    </Link>
  ) : (
    <span className={className}>{children}</span>
  );
}

/** What a click on a chart element does: open its drill-down, or nothing for a viewer of aggregates. */
export function useDrillTo(): ((href: string) => void) | undefined {
  const navigate = useNavigate();
  return useDrillAllowed() ? (href: string) => void navigate(href) : undefined;
}
