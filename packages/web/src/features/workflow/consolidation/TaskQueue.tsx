import '../i18n-desks';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { KEY_TASK_ACTIONS, type CycleStage } from '@nvtt/shared';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Link } from '../../../app/router';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type KeyTaskFilter, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfInboxDocument } from '../graphql/inbox.documents';
import { useLabels } from '../../../lib/vocabulary';
import { UserErrorList, type Notice } from '../components/feedback';
import { DeadlineNote, StateBadge } from '../components/labels';
import { SimpleActionForm } from '../task/SimpleActionForm';
import { useSimpleAction, type SimpleAction } from '../task/useSimpleAction';

/**
 * A list of tasks for one filter, with the bulk action BTC takes on many at once (send for
 * opinions, propose, consolidate results) offered only on tasks whose availableActions allow it.
 */
export function TaskQueue({
  filter,
  bulk,
  stage,
  onDone,
}: {
  filter: KeyTaskFilter;
  bulk: SimpleAction | null;
  stage: CycleStage | null;
  onDone: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const { data, loading, error, refetch, fetchMore } = useQuery(WfInboxDocument, { variables: { filter } });
  const { run, loading: running } = useSimpleAction();
  const client = useApolloClient();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<WfUserErrorFragment[]>([]);
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const connection = data?.keyTasks;
  const tasks = connection?.nodes ?? [];
  if (tasks.length === 0) return <p className="state state--empty">{t('workflow.inbox.empty')}</p>;
  const selectable = bulk ? tasks.filter((task) => task.availableActions.includes(bulk)) : [];
  const chosen = selectable.filter((task) => selected.has(task.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function runBulk(action: SimpleAction) {
    const problems: WfUserErrorFragment[] = [];
    let ok = 0;
    for (const task of chosen) {
      const found = await run(action, task.id, null, false);
      if (found.length === 0) ok += 1;
      else
        problems.push(
          ...found.map((problem) => ({
            ...problem,
            message: `${task.title}: ${problem.message}`,
            messageEn: `${task.title}: ${problem.messageEn}`,
          })),
        );
    }
    await client.refetchQueries({ include: 'active' });
    setFailures(problems);
    setSelected(new Set());
    onDone({
      kind: problems.length ? 'error' : 'ok',
      text: t('workflow.board.bulkDone', { action: label(KEY_TASK_ACTIONS, action), ok }),
    });
  }

  return (
    <div className="wf-queue">
      <p className="muted" aria-live="polite">
        {t('workflow.common.showing', { shown: tasks.length, total: connection?.totalCount ?? tasks.length })}
      </p>
      {bulk && selectable.length > 0 && (
        <div className="wf-bulkbar">
          <label className="wf-check">
            <input
              type="checkbox"
              checked={chosen.length === selectable.length}
              onChange={(event) =>
                setSelected(event.target.checked ? new Set(selectable.map((task) => task.id)) : new Set())
              }
            />{' '}
            {t('workflow.board.selectAll')}
          </label>
          <button
            type="button"
            className="button"
            disabled={running || chosen.length === 0}
            onClick={() => void runBulk(bulk)}
          >
            {t('workflow.board.bulk', { action: label(KEY_TASK_ACTIONS, bulk), count: chosen.length })}
          </button>
        </div>
      )}
      {failures.length > 0 && <UserErrorList errors={failures} />}
      <ul className="wf-task-list">
        {tasks.map((task) => {
          const others = task.availableActions.filter(
            (action): action is SimpleAction => action === 'RETURN' || action === 'WITHDRAW' || action === 'SUSPEND',
          );
          return (
            <li key={task.id} className="card wf-task-card">
              <div className="wf-task-card__header">
                {bulk && task.availableActions.includes(bulk) && (
                  <input
                    type="checkbox"
                    className="wf-select"
                    checked={selected.has(task.id)}
                    onChange={() => toggle(task.id)}
                    aria-label={t('workflow.board.select', { title: task.title })}
                  />
                )}
                <h3>
                  <Link to={`/tasks/${task.id}`}>{task.title}</Link>
                </h3>
                <StateBadge state={task.state} />
                {task.submittedLate && (
                  <span className="wf-tag wf-tag--late">{t('workflow.common.lateSubmission')}</span>
                )}
              </div>
              <p className="wf-meta">
                <span>
                  {task.cadre.fullName} — {task.position.title}, {task.position.unit.name}
                </span>
                <span>
                  {t('workflow.common.focalAgency')}: {task.focalAgency.name}
                </span>
                {stage && <DeadlineNote cycle={task.cycle} stage={stage} />}
              </p>
              {others.length > 0 && (
                <details className="wf-quick">
                  <summary>{t('workflow.common.actions')}</summary>
                  {others.map((action) => (
                    <SimpleActionForm
                      key={action}
                      action={action}
                      taskId={task.id}
                      onDone={(actionLabel) => onDone({ kind: 'ok', text: `${actionLabel}: ${task.title}` })}
                    />
                  ))}
                </details>
              )}
            </li>
          );
        })}
      </ul>
      {connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--ghost"
          onClick={() =>
            void fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                keyTasks: {
                  ...fetchMoreResult.keyTasks,
                  nodes: [...previous.keyTasks.nodes, ...fetchMoreResult.keyTasks.nodes],
                },
              }),
            })
          }
        >
          {t('workflow.common.loadMore')}
        </button>
      )}
    </div>
  );
}
