import '../i18n-desks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Link } from '../../../app/router';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type WfChangeQueueQuery, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfChangeDecideDocument, WfChangeQueueDocument } from '../graphql/decisions.documents';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf, type Notice } from '../components/feedback';
import { date, dateTime } from '../components/labels';
import { AwaitingDecision, splitByActions } from './Awaiting';

type Request = NonNullable<WfChangeQueueQuery['cycle']>['changeRequests'][number];
type Version = Pick<Request['proposed'], 'title' | 'description' | 'startsOn' | 'endsOn' | 'outputs'>;

/** Change requests waiting for the Standing Committee, each beside the task as it stands. */
export function ChangesPanel({ year, onDone }: { year: number; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WfChangeQueueDocument, { variables: { year } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const pending = (data?.cycle?.changeRequests ?? []).flatMap((request) =>
    request.keyTask
      ? [{ ...request, keyTask: request.keyTask, availableActions: request.keyTask.availableActions }]
      : [],
  );
  const { decidable: requests, seenOnly } = splitByActions(pending, ['DECIDE_CHANGE']);
  if (requests.length === 0 && seenOnly.length > 0) {
    return (
      <AwaitingDecision heading={t('workflow.decisions.waitingChanges', { count: seenOnly.length })}>
        <ul className="wf-entries">
          {seenOnly.map((request) => (
            <li key={request.id}>
              <p>
                <Link to={`/tasks/${request.keyTask.id}`}>{request.keyTask.title}</Link> —{' '}
                {request.keyTask.cadre.fullName}
              </p>
              <p className="muted">
                {t('workflow.change.requested', { who: request.requesterLabel, when: dateTime(request.requestedAt) })}
              </p>
              <p>
                <strong>{t('workflow.task.reason')}:</strong> {request.reason}
              </p>
            </li>
          ))}
        </ul>
      </AwaitingDecision>
    );
  }
  if (requests.length === 0) return <p className="state state--empty">{t('workflow.decisions.noChanges')}</p>;
  return (
    <ol className="wf-task-list">
      {requests.map((request) => (
        <li key={request.id}>
          <ChangeRequestCard request={request} onDone={onDone} />
        </li>
      ))}
    </ol>
  );
}

function VersionView({ heading, version }: { heading: string; version: Version }) {
  const { t } = useTranslation();
  return (
    <div>
      <h4>{heading}</h4>
      <p>
        <strong>{version.title}</strong>
      </p>
      <p className="muted">
        {t('workflow.task.period')}: {date(version.startsOn) || '—'} – {date(version.endsOn) || '—'}
      </p>
      <ul>
        {version.outputs.map((output, index) => (
          <li key={index}>
            {output.name}
            {output.target !== null && ` — ${output.target} ${output.unit ?? ''}`}
            {output.dueOn && ` — ${date(output.dueOn)}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ChangeRequestCard({
  request,
  onDone,
}: {
  request: Request & { keyTask: NonNullable<Request['keyTask']> };
  onDone: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const messageOf = useMessageOf();
  const [documentNumber, setDocumentNumber] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [decide, { loading }] = useMutation(WfChangeDecideDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const task = request.keyTask;
  const send = async (approve: boolean) => {
    const result = (
      await decide({
        variables: { id: request.id, approve, documentNumber: documentNumber.trim(), comment: comment.trim() || null },
      })
    ).data?.changeRequestDecide;
    const found = result?.userErrors ?? [];
    setErrors(found);
    if (found.length === 0) onDone({ kind: 'ok', text: t('workflow.decisions.changeDecided') });
  };
  const docError = errorFor(errors, 'documentNumber');
  return (
    <article className="card wf-task-card" aria-labelledby={`wf-change-${request.id}`}>
      <header className="wf-task-card__header">
        <h3 id={`wf-change-${request.id}`}>
          <Link to={`/tasks/${task.id}`}>{task.title}</Link>
        </h3>
      </header>
      <p className="wf-meta">
        <span>{task.cadre.fullName}</span>
        <span>
          {t('workflow.change.requested', { who: request.requesterLabel, when: dateTime(request.requestedAt) })}
        </span>
      </p>
      <p>
        <strong>{t('workflow.task.reason')}:</strong> {request.reason}
      </p>
      <div className="wf-grid-2">
        <VersionView heading={t('workflow.decisions.currentVersion')} version={task} />
        <VersionView heading={t('workflow.decisions.proposedVersion')} version={request.proposed} />
      </div>
      <div className="wf-row">
        <Field label={t('workflow.common.documentNumber')} error={docError ? messageOf(docError) : undefined}>
          {(props) => (
            <input {...props} value={documentNumber} onChange={(event) => setDocumentNumber(event.target.value)} />
          )}
        </Field>
        <Field label={t('workflow.actions.optionalComment')}>
          {(props) => <input {...props} value={comment} onChange={(event) => setComment(event.target.value)} />}
        </Field>
      </div>
      <UserErrorList errors={errors.filter((entry) => entry !== docError)} />
      <div className="row-actions">
        <button type="button" className="button" disabled={loading} onClick={() => void send(true)}>
          {t('workflow.decisions.approve')}
        </button>
        <button type="button" className="button button--ghost" disabled={loading} onClick={() => void send(false)}>
          {t('workflow.decisions.refuse')}
        </button>
      </div>
    </article>
  );
}
