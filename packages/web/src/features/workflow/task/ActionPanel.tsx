import { useMutation } from '@apollo/client/react';
import { KEY_TASK_ACTIONS, type KeyTaskAction } from '@nvtt/shared';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Link } from '../../../app/router';
import { type WfTaskDetailFragment, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfTaskSubmitDocument } from '../graphql/task.documents';
import { useLabels } from '../../../lib/vocabulary';
import { UserErrorList } from '../components/feedback';
import { Loading } from '../../../components/QueryState';
import {
  OpinionForm,
  PlanForm,
  ProgressForm,
  ResultAppraiseForm,
  SelfAssessForm,
  SimpleActionForm,
  TaskDraftForm,
} from './lazy-forms';
import { isSimpleAction } from './simple-actions';

type Task = WfTaskDetailFragment;

interface PanelProps {
  task: Task;
  advisoryAgencies: ReadonlyArray<{ id: string; name: string }>;
  onDone: (text: string) => void;
}

/** Actions decided elsewhere (per cadre or per notice) point there instead of acting on one task. */
const ELSEWHERE: Partial<Record<KeyTaskAction, string>> = {
  ASSIGN: '/decisions?tab=assign',
  REJECT: '/decisions?tab=assign',
  DECIDE_CHANGE: '/decisions?tab=changes',
  CONCLUDE: '/decisions?tab=conclude',
};

/**
 * The forms for exactly the actions the API says the viewer may take now (`availableActions`);
 * nothing else is offered, and the API checks each again.
 */
export function ActionPanel({ task, advisoryAgencies, onDone }: PanelProps) {
  const { t } = useTranslation();
  const actions = visibleActions(task);
  return (
    <section className="card wf-actions" aria-labelledby="wf-actions-heading">
      <h2 id="wf-actions-heading">{t('workflow.task.actionsHeading')}</h2>
      {actions.length === 0 ? (
        <p className="muted">{t('workflow.task.noActions')}</p>
      ) : (
        actions.map((action) => (
          <ActionSlot key={action} action={action} open={actions.length === 1}>
            <ActionBody action={action} task={task} advisoryAgencies={advisoryAgencies} onDone={onDone} />
          </ActionSlot>
        ))
      )}
    </section>
  );
}

/**
 * The actions to offer: those allowed, with assign/reject shown once, and the change decision only
 * while a request waits.
 */
export function visibleActions(task: Pick<Task, 'availableActions' | 'changeRequests'>): KeyTaskAction[] {
  return task.availableActions.filter((action) => {
    if (action === 'REJECT') return !task.availableActions.includes('ASSIGN');
    if (action === 'DECIDE_CHANGE') return task.changeRequests.some((request) => request.status === 'PENDING');
    return true;
  });
}

function ActionSlot({ action, open, children }: { action: KeyTaskAction; open: boolean; children: ReactNode }) {
  const { label } = useLabels();
  return (
    <details className="wf-action-slot" open={open}>
      <summary>{label(KEY_TASK_ACTIONS, action)}</summary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </details>
  );
}

function ActionBody({ action, task, advisoryAgencies, onDone }: PanelProps & { action: KeyTaskAction }) {
  const { t } = useTranslation();
  if (isSimpleAction(action)) {
    return (
      <SimpleActionForm
        action={action}
        taskId={task.id}
        onDone={(label) => onDone(t('workflow.actions.done', { action: label }))}
      />
    );
  }
  switch (action) {
    case 'SUBMIT':
      return <SubmitAction task={task} onDone={onDone} />;
    case 'GIVE_OPINION':
      return <OpinionForm task={task} onResults={false} agencies={advisoryAgencies} onDone={onDone} />;
    case 'GIVE_RESULT_OPINION':
      return <OpinionForm task={task} onResults agencies={advisoryAgencies} onDone={onDone} />;
    case 'FILE_PLAN':
      return <PlanForm task={task} onDone={onDone} />;
    case 'REPORT_PROGRESS':
      return <ProgressForm task={task} onDone={onDone} />;
    case 'SELF_ASSESS':
      return <SelfAssessForm task={task} onDone={onDone} />;
    case 'APPRAISE_RESULT':
      return <ResultAppraiseForm task={task} onDone={onDone} />;
    case 'REQUEST_CHANGE':
      return <ChangeAction task={task} onDone={onDone} />;
    case 'ASSIGN':
    case 'REJECT':
    case 'DECIDE_CHANGE':
    case 'CONCLUDE':
      return (
        <p>
          {action === 'CONCLUDE' ? t('workflow.actions.concludeInDecisions') : t('workflow.actions.decideInDecisions')}{' '}
          <Link to={`${ELSEWHERE[action]}&year=${task.cycle.year}`}>{t('workflow.actions.goDecisions')}</Link>
        </p>
      );
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

function SubmitAction({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [submit, { loading }] = useMutation(WfTaskSubmitDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  if (editing) {
    return (
      <TaskDraftForm
        cycleYear={task.cycle.year}
        rules={task.cycle.rules}
        task={task}
        onCancel={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          onDone(t('workflow.myTasks.updated', { title: saved.title }));
        }}
      />
    );
  }
  return (
    <div className="wf-action">
      {task.ruleViolations.length > 0 && (
        <div className="wf-violations-box">
          <p>{t('workflow.myTasks.violations')}</p>
          <ul className="wf-violations">
            {task.ruleViolations.map((violation, index) => (
              <li key={index}>{i18n.language === 'en' ? violation.messageEn : violation.message}</li>
            ))}
          </ul>
        </div>
      )}
      <UserErrorList errors={errors} />
      <div className="row-actions">
        <button type="button" className="button button--ghost" onClick={() => setEditing(true)}>
          {t('workflow.myTasks.edit')}
        </button>
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={async () => {
            const result = (await submit({ variables: { id: task.id } })).data?.keyTaskSubmit;
            setErrors(result?.userErrors ?? []);
            if (result && result.userErrors.length === 0)
              onDone(t('workflow.myTasks.submitted', { title: task.title }));
          }}
        >
          {t('workflow.myTasks.submit')}
        </button>
      </div>
    </div>
  );
}

function ChangeAction({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--ghost" onClick={() => setOpen(true)}>
        {t('workflow.change.heading')}
      </button>
    );
  }
  return (
    <TaskDraftForm
      cycleYear={task.cycle.year}
      rules={task.cycle.rules}
      task={task}
      change={{
        onSent: () => {
          setOpen(false);
          onDone(t('workflow.change.done'));
        },
      }}
      onCancel={() => setOpen(false)}
      onSaved={() => setOpen(false)}
    />
  );
}
