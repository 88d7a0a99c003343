import { useTranslation } from '../../app/i18n';
import { Link, NavLink, useLocation } from '../../app/router';
import { i18n } from '../../app/i18n';
import type { AccessRole } from '../../gql/graphql';
import { useTaskSection, type WorkflowSection } from './task-section';

// Only the navigation labels load with the first screen; the screens bring the rest of their strings.
i18n.addResourceBundle(
  'vi',
  'translation',
  {
    workflow: {
      nav: {
        myTasks: 'Nhiệm vụ của tôi',
        inbox: 'Hộp việc',
        consolidation: 'Tổng hợp',
        cycleSettings: 'Thiết lập kỳ',
        decisions: 'Quyết định',
      },
    },
  },
  true,
  false,
);
i18n.addResourceBundle(
  'en',
  'translation',
  {
    workflow: {
      nav: {
        myTasks: 'My tasks',
        inbox: 'Inbox',
        consolidation: 'Consolidation',
        cycleSettings: 'Cycle settings',
        decisions: 'Decisions',
      },
    },
  },
  true,
  false,
);

/** The workflow screens a user's roles give them, in the order of the cycle. */
export function workflowLinks(
  roles: readonly AccessRole[],
): Array<{ to: string; key: WorkflowSection | 'cycleSettings' }> {
  const links: Array<{ to: string; key: WorkflowSection | 'cycleSettings' }> = [];
  if (roles.includes('CADRE')) links.push({ to: '/my-tasks', key: 'myTasks' });
  if (roles.includes('FOCAL_REVIEWER') || roles.includes('ADVISORY_REVIEWER'))
    links.push({ to: '/inbox', key: 'inbox' });
  if (roles.includes('CONSOLIDATOR')) {
    links.push({ to: '/consolidation', key: 'consolidation' }, { to: '/cycle-settings', key: 'cycleSettings' });
  }
  if (roles.includes('DECIDER')) links.push({ to: '/decisions', key: 'decisions' });
  return links;
}

export function WorkflowNavLinks({ roles }: { roles: readonly AccessRole[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const published = useTaskSection();
  // On a task's page, the section the task belongs to for this viewer is the current one.
  const section =
    published && pathname.toLowerCase() === `/tasks/${published.taskId}`.toLowerCase() ? published.section : null;
  return (
    <>
      {workflowLinks(roles).map((link) =>
        link.key === section ? (
          <Link key={link.to} to={link.to} className="active" aria-current="page">
            {t(`workflow.nav.${link.key}`)}
          </Link>
        ) : (
          <NavLink key={link.to} to={link.to}>
            {t(`workflow.nav.${link.key}`)}
          </NavLink>
        ),
      )}
    </>
  );
}
