import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../app/i18n';
import { Link } from '../../app/router';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { SavedViewDeleteDocument, SavedViewSaveDocument, SavedViewsDocument } from './analysis.documents';

/** Save the current view under a name (optionally shared), and reopen or delete saved ones. */
export function SavedViews({ query }: { query: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const list = useQuery(SavedViewsDocument);
  const [save, saving] = useMutation(SavedViewSaveDocument, { refetchQueries: [SavedViewsDocument] });
  const [remove] = useMutation(SavedViewDeleteDocument, { refetchQueries: [SavedViewsDocument] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await save({ variables: { input: { name, query, shared } } });
    const errors = data?.savedViewSave.userErrors ?? [];
    setMessage(errors.length ? errors.map((error) => error.message).join(' ') : t('dashboard.builder.saved', { name }));
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('dashboard.builder.savedViews')}
      </h2>
      <form className="saved-views__form" onSubmit={(event) => void onSubmit(event)}>
        <span className="field">
          <label htmlFor={`${id}-name`}>{t('dashboard.builder.saveName')}</label>
          <input id={`${id}-name`} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} />
        </span>
        <label className="checkbox">
          <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />
          {t('dashboard.builder.share')}
        </label>
        <button type="submit" className="button" disabled={saving.loading}>
          {t('dashboard.builder.save')}
        </button>
      </form>
      <p role="status" aria-live="polite" className="saved-views__message">
        {message}
      </p>
      {list.loading && !list.data ? (
        <Loading />
      ) : list.error ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : !list.data?.savedViews.length ? (
        <Empty>{t('dashboard.builder.noSavedViews')}</Empty>
      ) : (
        <ul className="saved-views__list">
          {list.data.savedViews.map((view) => (
            <li key={view.id}>
              <Link to={`/analysis?${view.query}`}>{view.name}</Link>{' '}
              <small className="muted">
                {view.mine ? t('dashboard.builder.yours') : `${t('dashboard.builder.owner')}: ${view.ownerName}`}
                {view.mine && view.shared ? ` · ${t('dashboard.builder.shared')}` : ''}
              </small>
              {view.mine && (
                <button
                  type="button"
                  className="link-button saved-views__delete"
                  onClick={async () => {
                    await remove({ variables: { id: view.id } });
                    setMessage(t('dashboard.builder.deleted', { name: view.name }));
                  }}
                >
                  {t('dashboard.builder.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
