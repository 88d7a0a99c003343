import { KEY_TASK_ACTIONS, KEY_TASK_STATES, isCodeOf } from '@nvtt/shared';
import { useTranslation } from '../../app/i18n';
import type { DossierAuditFragment } from '../../gql/graphql';
import { useLabels } from '../../lib/vocabulary';
import { formatDateTime } from './format';

const OTHER_ACTIONS = ['CREATE', 'UPDATE', 'ADD_EVIDENCE', 'VERIFY_EVIDENCE', 'RATE', 'DECIDE'] as const;

/** Who did what and when, oldest first, with the state change and the document where there is one. */
export function AuditTable({ events, caption }: { events: readonly DossierAuditFragment[]; caption: string }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const actionLabel = (action: string) => {
    if (isCodeOf(KEY_TASK_ACTIONS, action)) return label(KEY_TASK_ACTIONS, action);
    const other = OTHER_ACTIONS.find((code) => code === action);
    return other ? t(`dossier.audit.actions.${other}`) : action;
  };
  const stateLabel = (state: string | null) =>
    state !== null && isCodeOf(KEY_TASK_STATES, state) ? label(KEY_TASK_STATES, state) : (state ?? '');
  if (events.length === 0) return <p className="muted">{t('dossier.audit.empty')}</p>;
  // Oldest first by when it happened: records written later about earlier events still fall in place.
  const ordered = [...events].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  return (
    <div className="table-scroll">
      <table className="table ds-table ds-audit">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dossier.audit.when')}</th>
            <th scope="col">{t('dossier.audit.action')}</th>
            <th scope="col">{t('dossier.audit.who')}</th>
            <th scope="col">{t('dossier.audit.states')}</th>
            <th scope="col">{t('dossier.audit.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((event, index) => (
            <tr key={index}>
              <td className="ds-nowrap">{formatDateTime(event.occurredAt)}</td>
              <th scope="row">{actionLabel(event.action)}</th>
              <td>{event.actorLabel}</td>
              <td>
                {event.toState && event.fromState !== event.toState
                  ? `${event.fromState ? `${stateLabel(event.fromState)} → ` : ''}${stateLabel(event.toState)}`
                  : ''}
              </td>
              <td>
                {event.documentNumber && (
                  <span className="ds-doc">
                    {t('dossier.audit.document')}: {event.documentNumber}
                  </span>
                )}
                {event.comment}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
