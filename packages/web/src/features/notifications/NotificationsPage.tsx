import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { Link } from '../../app/router';
import { formatProvinceDateTime } from '@nvtt/shared';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { type MyNotificationsQuery } from '../../gql/graphql';
import { MyNotificationsDocument, NotificationsMarkReadDocument } from './notifications.documents';
import { UnreadNotificationCountDocument } from './bell.documents';
import './i18n';
import './notifications.css';

type Item = MyNotificationsQuery['myNotifications']['nodes'][number];

const PAGE = 20;

/** The words of a notification in the reader's language (Vietnamese unless English is chosen). */
export function wordsOf(item: Pick<Item, 'titleVi' | 'titleEn' | 'bodyVi' | 'bodyEn'>, language: string) {
  return language === 'en' ? { title: item.titleEn, body: item.bodyEn } : { title: item.titleVi, body: item.bodyVi };
}

function NotificationItem({ item, onRead }: { item: Item; onRead: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const words = wordsOf(item, i18n.language);
  const unread = item.readAt === null;
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      <div className="notification__meta">
        <span className="notification__kind">{t(`notifications.kind.${item.kind}`)}</span>
        <time dateTime={item.createdAt}>{formatProvinceDateTime(new Date(item.createdAt))}</time>
        {unread && <span className="notification__unread">{t('notifications.unread')}</span>}
        {item.emailedAt && <span>{t('notifications.emailed')}</span>}
      </div>
      <h2 className="notification__title">
        <Link to={item.link} onClick={() => unread && onRead(item.id)}>
          {words.title}
        </Link>
      </h2>
      <p className="notification__body">{words.body}</p>
      {unread && (
        <button type="button" className="button button--ghost" onClick={() => onRead(item.id)}>
          {t('notifications.markRead')}
        </button>
      )}
    </li>
  );
}

/** The notification centre: the viewer's reminders and digests, newest first. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, refetch, fetchMore, loading } = useQuery(MyNotificationsDocument, {
    variables: { first: PAGE, unreadOnly },
  });
  const [markRead, { loading: marking }] = useMutation(NotificationsMarkReadDocument, {
    refetchQueries: [UnreadNotificationCountDocument, MyNotificationsDocument],
  });

  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const { nodes, pageInfo } = data.myNotifications;
  const unreadCount = data.unreadNotificationCount;

  const more = () =>
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        myNotifications: {
          ...fetchMoreResult.myNotifications,
          nodes: [...(previous.myNotifications?.nodes ?? []), ...fetchMoreResult.myNotifications.nodes],
        },
      }),
    });

  return (
    <>
      <header className="page-header">
        <h1>{t('notifications.heading')}</h1>
        <p className="page-header__intro">{t('notifications.intro')}</p>
      </header>
      <div className="notifications-toolbar">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />{' '}
          {t('notifications.unreadOnly')}
        </label>
        <span role="status">{t('notifications.unreadCount', { count: unreadCount })}</span>
        <button
          type="button"
          className="button"
          disabled={marking || unreadCount === 0}
          onClick={() => void markRead({ variables: { all: true } })}
        >
          {t('notifications.markAllRead')}
        </button>
      </div>
      {nodes.length === 0 ? (
        <Empty>{unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}</Empty>
      ) : (
        <ul className="notification-list">
          {nodes.map((item) => (
            <NotificationItem key={item.id} item={item} onRead={(id) => void markRead({ variables: { ids: [id] } })} />
          ))}
        </ul>
      )}
      {pageInfo.hasNextPage && (
        <button type="button" className="button button--ghost" disabled={loading} onClick={more}>
          {t('notifications.more')}
        </button>
      )}
    </>
  );
}
