import '../i18n-desks';
import { useMutation, useQuery } from '@apollo/client/react';
import { parseDisplayDate } from '@nvtt/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Link } from '../../../app/router';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type AssignmentDecisionInput, type WfProposedQuery, type WfUserErrorFragment } from '../../../gql/graphql';
import { WfAssignmentDecideDocument, WfProposedDocument } from '../graphql/decisions.documents';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf, type Notice } from '../components/feedback';
import { date, today } from '../components/labels';
import { AwaitingDecision, splitByActions } from './Awaiting';

type Proposed = WfProposedQuery['keyTasks']['nodes'][number];
export type Choice = { kind: 'pending' } | { kind: 'assign' } | { kind: 'reject'; reason: string };

/** The notice's lists from the choices made, only for tasks the API lets the viewer decide. */
export function decisionLists(
  tasks: ReadonlyArray<Pick<Proposed, 'id' | 'availableActions'>>,
  choices: Readonly<Record<string, Choice>>,
): Pick<AssignmentDecisionInput, 'assign' | 'reject'> {
  const assign: string[] = [];
  const reject: Array<{ keyTask: string; reason: string }> = [];
  for (const task of tasks) {
    const choice = choices[task.id];
    if (!choice) continue;
    if (choice.kind === 'assign' && task.availableActions.includes('ASSIGN')) assign.push(task.id);
    if (choice.kind === 'reject' && task.availableActions.includes('REJECT')) {
      reject.push({ keyTask: task.id, reason: choice.reason.trim() });
    }
  }
  return { assign, reject };
}

/** The Standing Committee assigns or rejects the proposed tasks with one notice (thông báo). */
export function AssignPanel({ year, onDone }: { year: number; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const messageOf = useMessageOf();
  const { data, loading, error, refetch } = useQuery(WfProposedDocument, { variables: { year, states: ['PROPOSED'] } });
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [documentNumber, setDocumentNumber] = useState('');
  const [signedOn, setSignedOn] = useState(date(today()));
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [decide, { loading: saving }] = useMutation(WfAssignmentDecideDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const proposed = data?.keyTasks.nodes ?? [];
  const { decidable: tasks, seenOnly } = splitByActions(proposed, ['ASSIGN', 'REJECT']);
  if (tasks.length === 0 && seenOnly.length > 0) {
    return (
      <AwaitingDecision heading={t('workflow.decisions.waitingAssign', { count: seenOnly.length })}>
        <ol className="wf-task-list">
          {seenOnly.map((task) => (
            <li key={task.id}>
              <ProposedSummary task={task} />
            </li>
          ))}
        </ol>
      </AwaitingDecision>
    );
  }
  if (tasks.length === 0) return <p className="state state--empty">{t('workflow.decisions.noProposed')}</p>;
  const lists = decisionLists(tasks, choices);
  const choose = (id: string, choice: Choice) => setChoices((current) => ({ ...current, [id]: choice }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const signed = parseDisplayDate(signedOn);
    const local: WfUserErrorFragment[] = [];
    if (lists.assign.length + lists.reject.length === 0) {
      local.push({
        code: 'INVALID_INPUT',
        message: t('workflow.decisions.nothingChosen'),
        messageEn: t('workflow.decisions.nothingChosen'),
        field: null,
        rule: null,
      });
    }
    if (!signed) {
      local.push({
        code: 'INVALID_INPUT',
        message: t('workflow.common.dateInvalid'),
        messageEn: t('workflow.common.dateInvalid'),
        field: ['signedOn'],
        rule: null,
      });
    }
    if (local.length || !signed) {
      setErrors(local);
      return;
    }
    const result = (
      await decide({
        variables: { input: { cycleYear: year, documentNumber: documentNumber.trim(), signedOn: signed, ...lists } },
      })
    ).data?.assignmentDecide;
    const found = result?.userErrors ?? [];
    setErrors(found);
    if (result?.decision && found.length === 0) {
      setChoices({});
      setDocumentNumber('');
      onDone({ kind: 'ok', text: t('workflow.decisions.recorded', { doc: result.decision.documentNumber }) });
    }
  }

  const docError = errorFor(errors, 'documentNumber');
  const dateError = errorFor(errors, 'signedOn');
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <p className="muted">{t('workflow.decisions.assignIntro')}</p>
      <div className="row-actions">
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setChoices(Object.fromEntries(tasks.map((task) => [task.id, { kind: 'assign' } as Choice])))}
        >
          {t('workflow.decisions.assignAll')}
        </button>
      </div>
      <ol className="wf-task-list">
        {tasks.map((task) => (
          <li key={task.id}>
            <ProposedTask
              task={task}
              choice={choices[task.id] ?? { kind: 'pending' }}
              onChoose={(choice) => choose(task.id, choice)}
            />
          </li>
        ))}
      </ol>
      <fieldset className="wf-fieldset">
        <legend>{t('workflow.decisions.notice')}</legend>
        <div className="wf-row">
          <Field label={t('workflow.common.documentNumber')} error={docError ? messageOf(docError) : undefined}>
            {(props) => (
              <input
                {...props}
                value={documentNumber}
                placeholder="125-TB/TU"
                onChange={(event) => setDocumentNumber(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('workflow.decisions.signedOn')} error={dateError ? messageOf(dateError) : undefined}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                value={signedOn}
                onChange={(event) => setSignedOn(event.target.value)}
              />
            )}
          </Field>
        </div>
        <UserErrorList errors={errors.filter((entry) => entry !== docError && entry !== dateError)} />
        <button type="submit" className="button" disabled={saving}>
          {t('workflow.decisions.record', { assign: lists.assign.length, reject: lists.reject.length })}
        </button>
      </fieldset>
    </form>
  );
}

/**
 * A proposed task's title, cadre, focal agency and registration opinions; below them, for a user
 * who may decide, the choice (`children`).
 */
function ProposedSummary({ task, children }: { task: Proposed; children?: ReactNode }) {
  const { t } = useTranslation();
  const opinions = task.opinions.filter((opinion) => opinion.stage === 'REGISTRATION');
  return (
    <article className="card wf-task-card">
      <header className="wf-task-card__header">
        <h3>
          <Link to={`/tasks/${task.id}`}>{task.title}</Link>
        </h3>
      </header>
      <p className="wf-meta">
        <span>
          {task.cadre.fullName} — {task.position.title}, {task.position.unit.name}
        </span>
        <span>
          {t('workflow.common.focalAgency')}: {task.focalAgency.name}
        </span>
        <span>{t('workflow.board.opinions', { count: opinions.length })}</span>
      </p>
      {children}
    </article>
  );
}

function ProposedTask({
  task,
  choice,
  onChoose,
}: {
  task: Proposed;
  choice: Choice;
  onChoose: (choice: Choice) => void;
}) {
  const { t } = useTranslation();
  const name = `wf-decide-${task.id}`;
  return (
    <ProposedSummary task={task}>
      <fieldset className="wf-radios wf-radios--inline">
        <legend className="visually-hidden">{t('workflow.decisions.decision', { title: task.title })}</legend>
        <label>
          <input
            type="radio"
            name={name}
            checked={choice.kind === 'pending'}
            onChange={() => onChoose({ kind: 'pending' })}
          />{' '}
          {t('workflow.decisions.pending')}
        </label>
        {task.availableActions.includes('ASSIGN') && (
          <label>
            <input
              type="radio"
              name={name}
              checked={choice.kind === 'assign'}
              onChange={() => onChoose({ kind: 'assign' })}
            />{' '}
            {t('workflow.decisions.assign')}
          </label>
        )}
        {task.availableActions.includes('REJECT') && (
          <label>
            <input
              type="radio"
              name={name}
              checked={choice.kind === 'reject'}
              onChange={() => onChoose({ kind: 'reject', reason: '' })}
            />{' '}
            {t('workflow.decisions.reject')}
          </label>
        )}
      </fieldset>
      {choice.kind === 'reject' && (
        <Field label={t('workflow.decisions.rejectReason', { title: task.title })}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={choice.reason}
              onChange={(event) => onChoose({ kind: 'reject', reason: event.target.value })}
            />
          )}
        </Field>
      )}
    </ProposedSummary>
  );
}
