import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../app/i18n';
import { NavLink } from '../../app/router';
import { i18n } from '../../app/i18n';
import { UnreadNotificationCountDocument } from './bell.documents';
import './bell.css';

// Only the bell's label loads with the first screen; the page brings the rest of its strings.
i18n.addResourceBundle(
  'vi',
  'translation',
  { bell: { label: 'Thông báo', unread: '{{count}} chưa đọc' } },
  true,
  false,
);
i18n.addResourceBundle(
  'en',
  'translation',
  { bell: { label: 'Notifications', unread: '{{count}} unread' } },
  true,
  false,
);

/** New reminders are created hourly; a minute's delay in the count is plenty. */
const POLL_MS = 60_000;

/** "99+" past two digits, so the badge keeps its size. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/** The header's bell: a link to the notification centre with the number of unread notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS });
  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? `${t('bell.label')}: ${t('bell.unread', { count })}` : t('bell.label');
  return (
    <NavLink to="/notifications" className="notification-bell" aria-label={label} title={label}>
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {count > 0 && <span className="notification-bell__count">{badgeText(count)}</span>}
    </NavLink>
  );
}
