import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../../app/router';
import { describe, expect, it } from 'vitest';
import { MyNotificationsDocument, NotificationsMarkReadDocument } from './notifications.documents';
import { UnreadNotificationCountDocument } from './bell.documents';
import { badgeText } from './NotificationBell';
import NotificationsPage, { wordsOf } from './NotificationsPage';

const node = (id: string, read: boolean) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'OVERDUE' as const,
  titleVi: `Quá hạn: Thẩm định đăng ký — 15/11/2026 (${id})`,
  titleEn: `Overdue: Appraise registrations — 15/11/2026 (${id})`,
  bodyVi: '2 nhiệm vụ (kỳ 2027) đang chờ đồng chí thực hiện bước “Thẩm định đăng ký” đã quá hạn.',
  bodyEn: '2 key tasks (2027 cycle) waiting for you are overdue.',
  link: '/inbox',
  createdAt: '2026-11-20T01:05:00Z',
  readAt: read ? '2026-11-21T01:00:00Z' : null,
  emailedAt: '2026-11-20T01:06:00Z',
});

const page = (unread: number, nodes: ReturnType<typeof node>[]) => ({
  data: {
    myNotifications: {
      __typename: 'NotificationConnection' as const,
      nodes,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
    },
    unreadNotificationCount: unread,
  },
});

describe('the notification centre', () => {
  it('lists the notifications in Vietnamese with the province’s time, and marks them all read', async () => {
    const mocks = [
      {
        request: { query: MyNotificationsDocument, variables: { first: 20, unreadOnly: false } },
        result: page(1, [node('a', false), node('b', true)]),
      },
      {
        request: { query: NotificationsMarkReadDocument, variables: { all: true } },
        result: {
          data: {
            notificationsMarkRead: {
              __typename: 'NotificationsMarkReadPayload' as const,
              marked: 1,
              unreadCount: 0,
              userErrors: [],
            },
          },
        },
      },
      {
        request: { query: UnreadNotificationCountDocument },
        result: { data: { unreadNotificationCount: 0 } },
      },
      {
        request: { query: MyNotificationsDocument, variables: { first: 20, unreadOnly: false } },
        result: page(0, [node('a', true), node('b', true)]),
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <MemoryRouter>
          <NotificationsPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Thông báo');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]!);
    expect(first.getByRole('link').textContent).toBe('Quá hạn: Thẩm định đăng ký — 15/11/2026 (a)');
    expect(first.getByRole('link').getAttribute('href')).toBe('/inbox');
    expect(first.getByText('20/11/2026 08:05')).toBeTruthy();
    expect(first.getByText('Chưa đọc')).toBeTruthy();
    expect(within(items[1]!).queryByText('Chưa đọc')).toBeNull();
    expect(screen.getByText('1 chưa đọc')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect(await screen.findByText('0 chưa đọc')).toBeTruthy();
    expect(screen.queryByText('Chưa đọc')).toBeNull();
  });

  it('speaks the reader’s language and keeps the badge small', () => {
    expect(wordsOf(node('a', false), 'en').title).toBe('Overdue: Appraise registrations — 15/11/2026 (a)');
    expect(wordsOf(node('a', false), 'vi').body).toContain('kỳ 2027');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });
});
