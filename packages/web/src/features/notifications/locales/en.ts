import type { vi } from './vi';

/** Strings of the notification centre in English, same keys as Vietnamese. */
export const en: typeof vi = {
  heading: 'Notifications',
  intro:
    'Reminders before each stage deadline of the cycle, overdue work, milestones not done, and the weekly digest. Notifications are also e-mailed when the account has an address.',
  unreadOnly: 'Unread only',
  markAllRead: 'Mark all as read',
  markRead: 'Mark read',
  open: 'Open the related screen',
  unread: 'Unread',
  emailed: 'E-mailed',
  empty: 'No notifications.',
  emptyUnread: 'No unread notifications.',
  more: 'Show more',
  unreadCount: '{{count}} unread',
  kind: {
    DEADLINE_SOON: 'Deadline approaching',
    OVERDUE: 'Overdue',
    ESCALATION: 'Escalated to the head',
    MILESTONE_OVERDUE: 'Milestone overdue',
    MILESTONE_ESCALATION: 'Escalated: milestone',
    WEEKLY_DIGEST: 'Weekly digest',
  },
};
