import { useSyncExternalStore } from 'react';
import type { AccessRole } from '../../gql/graphql';

/** The workflow nav entries (keys of workflowLinks in ./nav). */
export type WorkflowSection = 'myTasks' | 'inbox' | 'consolidation' | 'decisions';

/**
 * The nav section a task's page belongs to for its viewer: the cadre's own task is under "my tasks"; a task
 * the viewer's agency reviews (its focal agency, or the advisory body) under the inbox; otherwise Ban Tổ
 * chức's board, then the Standing Committee's decisions, then a reviewer's inbox. Null when none of the
 * viewer's workflow screens is where the task is found.
 */
export function taskSection(
  task: { cadre: { id: string }; focalAgency: { id: string } | null },
  viewer: {
    accessRoles: readonly AccessRole[];
    cadre: { id: string } | null;
    memberships: ReadonlyArray<{ role: string; unit: { id: string } }>;
  },
): WorkflowSection | null {
  const roles = viewer.accessRoles;
  if (roles.includes('CADRE') && viewer.cadre?.id === task.cadre.id) return 'myTasks';
  const reviewsIt =
    roles.includes('ADVISORY_REVIEWER') ||
    (roles.includes('FOCAL_REVIEWER') &&
      viewer.memberships.some((entry) => entry.role === 'FOCAL' && entry.unit.id === task.focalAgency?.id));
  if (reviewsIt) return 'inbox';
  if (roles.includes('CONSOLIDATOR')) return 'consolidation';
  if (roles.includes('DECIDER')) return 'decisions';
  if (roles.includes('FOCAL_REVIEWER')) return 'inbox';
  return null;
}

// The task page (a lazy chunk) tells the navigation (first screen) which section it belongs to.
let current: { readonly taskId: string; readonly section: WorkflowSection } | null = null;
const listeners = new Set<() => void>();

export function publishTaskSection(value: { taskId: string; section: WorkflowSection } | null): void {
  if (current?.taskId === value?.taskId && current?.section === value?.section) return;
  current = value;
  for (const listener of listeners) listener();
}

export function useTaskSection(): { readonly taskId: string; readonly section: WorkflowSection } | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
