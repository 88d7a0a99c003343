import '../i18n';
import '../workflow.css';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Link, useNavigate, useParams } from '../../../app/router';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type WfTaskDetailFragment } from '../../../gql/graphql';
import { WfTaskDocument } from '../graphql/task.documents';
import { FeedbackMessage, useNotice } from '../components/feedback';
import { DeadlineNote, StateBadge, date, dateTime } from '../components/labels';
import { WAITS, type CycleStage, type KeyTaskState } from '@nvtt/shared';
import { ActionPanel } from './ActionPanel';
import { EvidencePanel } from './evidence/EvidencePanel';
import { TaskContent, TaskHistory, TaskProgress, TaskReviews } from './TaskDetails';
import { publishTaskSection, taskSection } from '../task-section';

/** The stage whose deadline the task waits on in its state (the shared funnel's main path), if any. */
export function stageAwaited(state: KeyTaskState): CycleStage | null {
  return WAITS.find((wait) => wait.state === state && wait.actor !== 'ADVISORY')?.stage ?? null;
}

export default function TaskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WfTaskDocument, { variables: { id } });
  const { notice, ok } = useNotice();
  const viewer = data?.viewer;
  const section = data?.keyTask && viewer ? taskSection(data.keyTask, viewer) : null;
  useEffect(() => {
    publishTaskSection(section ? { taskId: id, section } : null);
    return () => publishTaskSection(null);
  }, [id, section]);
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const task = data?.keyTask;
  if (!task) {
    return (
      <section className="wf-page">
        <p className="state state--empty">{t('workflow.task.notFound')}</p>
      </section>
    );
  }
  const advisory = (data?.viewer?.memberships ?? [])
    .filter((membership) => membership.role === 'ADVISORY')
    .map((membership) => membership.unit);
  return (
    <article className="wf-page wf-task-page" aria-labelledby="wf-task-title">
      <TaskHeader task={task} />
      <FeedbackMessage notice={notice} />
      <div className="wf-task-layout">
        <div className="wf-task-layout__main">
          <TaskContent task={task} />
          <TaskProgress task={task} onDone={ok} />
          <TaskReviews task={task} />
          <EvidencePanel task={task} onDone={ok} />
          <TaskHistory task={task} />
        </div>
        <aside className="wf-task-layout__side">
          <ActionPanel task={task} advisoryAgencies={advisory} onDone={ok} />
        </aside>
      </div>
    </article>
  );
}

function TaskHeader({ task }: { task: WfTaskDetailFragment }) {
  const { t } = useTranslation();
  const stage = stageAwaited(task.state);
  return (
    <header className="page-header wf-task-header">
      <p className="muted">
        <BackLink label={t('workflow.task.backToList')} />
      </p>
      <h1 id="wf-task-title">
        <span className="muted">{t('workflow.common.taskNumber', { n: task.ordinal })}: </span>
        {task.title || '—'}
      </h1>
      <div className="wf-task-header__tags">
        <StateBadge state={task.state} />
        {task.submittedLate && <span className="wf-tag wf-tag--late">{t('workflow.common.lateSubmission')}</span>}
        {stage && <DeadlineNote cycle={task.cycle} stage={stage} />}
      </div>
      {task.stateReason && (
        <p className="wf-returned">
          <strong>{t('workflow.task.reason')}:</strong> {task.stateReason}
        </p>
      )}
      <dl className="facts">
        <dt>{t('workflow.common.cadre')}</dt>
        <dd>
          <Link to={`/cadres/${task.cadre.id}/${task.cycle.year}`} title={t('workflow.task.dossier')}>
            {task.cadre.fullName}
          </Link>{' '}
          ({task.cadre.code})
        </dd>
        <dt>{t('workflow.task.position')}</dt>
        <dd>
          {task.position.title}, {task.position.unit.name}
        </dd>
        <dt>{t('workflow.common.focalAgency')}</dt>
        <dd>{task.focalAgency.name}</dd>
        <dt>{t('workflow.task.period')}</dt>
        <dd>
          {date(task.startsOn) || '—'} – {date(task.endsOn) || '—'}
        </dd>
        {task.submittedAt && (
          <>
            <dt>{t('workflow.task.submittedAt')}</dt>
            <dd>{dateTime(task.submittedAt)}</dd>
          </>
        )}
        <dt>{t('workflow.task.version')}</dt>
        <dd>{task.version}</dd>
      </dl>
    </header>
  );
}

function BackLink({ label }: { label: string }) {
  const navigate = useNavigate();
  return (
    <button type="button" className="link-button" onClick={() => void navigate(-1)}>
      ← {label}
    </button>
  );
}
