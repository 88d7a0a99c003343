import '../i18n';
import '../workflow.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Suspense, useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Link } from '../../../app/router';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type WfCycleInfoFragment, type WfMyTasksQuery, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfMyTasksDocument } from '../graphql/my-tasks.documents';
import { WfTaskDocument, WfTaskSubmitDocument } from '../graphql/task.documents';
import { CyclePicker, DeadlineNote, StateBadge, dateTime } from '../components/labels';
import { FeedbackMessage, UserErrorList, useNotice } from '../components/feedback';
// Loaded when the cadre opens it: the form brings react-hook-form, zod and the shared schemas.
import { TaskDraftForm } from './lazy-draft-form';

type MyTask = NonNullable<NonNullable<WfMyTasksQuery['viewer']>['cadre']>['keyTasks'][number];

/** Tasks that still count towards the cycle's number (not withdrawn, not rejected). */
export function countedTasks(tasks: ReadonlyArray<Pick<MyTask, 'state'>>): number {
  return tasks.filter((task) => task.state !== 'WITHDRAWN' && task.state !== 'REJECTED').length;
}

/** The latest return of a task, with who returned it and why, if it is waiting to be revised. */
export function lastReturn(task: Pick<MyTask, 'state' | 'auditTrail'>) {
  if (task.state !== 'RETURNED') return null;
  return [...task.auditTrail].reverse().find((event) => event.action === 'RETURN') ?? null;
}

export default function MyTasksPage() {
  const { t } = useTranslation();
  return (
    <section className="wf-page" aria-labelledby="wf-my-heading">
      <header className="page-header">
        <h1 id="wf-my-heading">{t('workflow.myTasks.heading')}</h1>
      </header>
      <CyclePicker preferred={['REGISTRATION', 'ASSIGNMENT', 'IMPLEMENTATION', 'EVALUATION']}>
        {(cycle) => <MyCycleTasks key={cycle.year} cycle={cycle} />}
      </CyclePicker>
    </section>
  );
}

function MyCycleTasks({ cycle }: { cycle: WfCycleInfoFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WfMyTasksDocument, { variables: { year: cycle.year } });
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const { notice, setNotice, ok } = useNotice();
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const cadre = data?.viewer?.cadre;
  if (!cadre) return <p className="state state--empty">{t('workflow.myTasks.notCadre')}</p>;
  const tasks = cadre.keyTasks;
  const counted = countedTasks(tasks);
  const rules = cycle.rules;
  return (
    <>
      <p className="page-header__intro">{t('workflow.myTasks.intro', { count: rules.tasksPerCadre })}</p>
      <ul className="wf-deadlines">
        <li>
          <DeadlineNote cycle={cycle} stage="REGISTER" />
        </li>
        <li>
          <DeadlineNote cycle={cycle} stage="PLAN" />
        </li>
        <li>
          <DeadlineNote cycle={cycle} stage="SELF_ASSESS" />
        </li>
      </ul>
      <p>{t('workflow.myTasks.counted', { count: counted, total: rules.tasksPerCadre })}</p>
      <FeedbackMessage notice={notice} />
      {editing === null && counted < rules.tasksPerCadre && (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('workflow.myTasks.newTask')}
        </button>
      )}
      {editing === 'new' && (
        <Suspense fallback={<Loading />}>
          <TaskDraftForm
            cycleYear={cycle.year}
            rules={rules}
            onCancel={() => setEditing(null)}
            onSaved={(task) => {
              setEditing(null);
              ok(t('workflow.myTasks.created', { title: task.title }));
              void refetch();
            }}
          />
        </Suspense>
      )}
      {tasks.length === 0 ? (
        <p className="state state--empty">{t('workflow.myTasks.empty', { year: cycle.year })}</p>
      ) : (
        <ol className="wf-task-list">
          {tasks.map((task) =>
            editing === task.id ? (
              <li key={task.id}>
                <EditTask
                  id={task.id}
                  cycle={cycle}
                  onDone={(title) => {
                    setEditing(null);
                    if (title) ok(t('workflow.myTasks.updated', { title }));
                  }}
                />
              </li>
            ) : (
              <li key={task.id}>
                <MyTaskCard
                  task={task}
                  onEdit={() => setEditing(task.id)}
                  onResult={(text, kind) => setNotice({ kind, text })}
                />
              </li>
            ),
          )}
        </ol>
      )}
    </>
  );
}

function EditTask({ id, cycle, onDone }: { id: string; cycle: WfCycleInfoFragment; onDone: (title?: string) => void }) {
  const { data, loading, error, refetch } = useQuery(WfTaskDocument, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error || !data?.keyTask) return <ErrorState onRetry={() => void refetch()} />;
  return (
    <Suspense fallback={<Loading />}>
      <TaskDraftForm
        cycleYear={cycle.year}
        rules={cycle.rules}
        task={data.keyTask}
        onCancel={() => onDone()}
        onSaved={(task) => onDone(task.title)}
      />
    </Suspense>
  );
}

function MyTaskCard({
  task,
  onEdit,
  onResult,
}: {
  task: MyTask;
  onEdit: () => void;
  onResult: (text: string, kind: 'ok') => void;
}) {
  const { t, i18n } = useTranslation();
  const [submit, { loading }] = useMutation(WfTaskSubmitDocument, { refetchQueries: [WfMyTasksDocument] });
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const returned = lastReturn(task);
  const canSubmit = task.availableActions.includes('SUBMIT');
  return (
    <article className="card wf-task-card" aria-labelledby={`wf-task-${task.id}`}>
      <header className="wf-task-card__header">
        <h2 id={`wf-task-${task.id}`}>
          <span className="muted">{t('workflow.common.taskNumber', { n: task.ordinal })}: </span>
          <Link to={`/tasks/${task.id}`}>{task.title || '—'}</Link>
        </h2>
        <StateBadge state={task.state} />
        {task.submittedLate && <span className="wf-tag wf-tag--late">{t('workflow.common.lateSubmission')}</span>}
      </header>
      {returned && (
        <div className="wf-returned" role="note">
          <strong>
            {t('workflow.myTasks.returned', { who: returned.actorLabel, when: dateTime(returned.occurredAt) })}
          </strong>{' '}
          {returned.comment}
        </div>
      )}
      {task.stateReason && task.state !== 'RETURNED' && <p className="muted">{task.stateReason}</p>}
      {canSubmit && task.ruleViolations.length > 0 && (
        <div className="wf-violations-box">
          <p>{t('workflow.myTasks.violations')}</p>
          <ul className="wf-violations">
            {task.ruleViolations.map((violation, index) => (
              <li key={`${violation.rule}-${index}`}>
                {i18n.language === 'en' ? violation.messageEn : violation.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <UserErrorList errors={errors} />
      <div className="row-actions">
        {canSubmit && (
          <>
            <button type="button" className="button button--ghost" onClick={onEdit}>
              {t('workflow.myTasks.edit')}
            </button>
            <button
              type="button"
              className="button"
              disabled={loading}
              onClick={async () => {
                const result = (await submit({ variables: { id: task.id } })).data?.keyTaskSubmit;
                const found = result?.userErrors ?? [];
                setErrors(found);
                if (found.length === 0) onResult(t('workflow.myTasks.submitted', { title: task.title }), 'ok');
              }}
            >
              {t('workflow.myTasks.submit')}
            </button>
          </>
        )}
        {/* The visible word starts the accessible name (WCAG 2.5.3); the title tells the links apart. */}
        <Link className="button button--ghost" to={`/tasks/${task.id}`}>
          {t('workflow.common.open')}
          <span className="visually-hidden"> {t('workflow.common.openTask', { title: task.title })}</span>
        </Link>
      </div>
    </article>
  );
}
