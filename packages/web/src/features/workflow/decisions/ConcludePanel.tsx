import '../i18n-desks';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  alphabetical,
  KEY_TASK_OUTCOMES,
  QUALITY_RATING_LEVELS,
  codesOf,
  parseDisplayDate,
  type KeyTaskOutcome,
  type QualityRatingLevel,
} from '@nvtt/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../app/i18n';
import { Link, useSearchParams } from '../../../app/router';
import { ErrorState, Loading } from '../../../components/QueryState';
import { type WfCadreDecisionQuery, type WfUserErrorFragment } from '../../../gql/graphql';
import {
  WfCadreDecisionDocument,
  WfConcludeDocument,
  WfProposedDocument,
  WfRateDocument,
} from '../graphql/decisions.documents';
import { useLabels } from '../../../lib/vocabulary';
import { Field } from '../components/fields';
import { UserErrorList, errorFor, useMessageOf, type Notice } from '../components/feedback';
import { date, today } from '../components/labels';
import { readNumber } from '../my-tasks/read-number';
import { AwaitingDecision, splitByActions } from './Awaiting';

type Dossier = NonNullable<WfCadreDecisionQuery['cadreDossier']>;

type WaitingTask = { cadre: { id: string; fullName: string }; availableActions: readonly string[] };

/** Cadres whose tasks the viewer may conclude, once each, with how many tasks wait. */
export function cadresAwaiting(
  tasks: readonly WaitingTask[],
): Array<{ id: string; fullName: string; waiting: number }> {
  return cadresOf(splitByActions(tasks, ['CONCLUDE']).decidable);
}

/** Each cadre of the tasks once, with how many of the tasks are theirs, in Vietnamese order. */
export function cadresOf(tasks: readonly WaitingTask[]): Array<{ id: string; fullName: string; waiting: number }> {
  const byCadre = new Map<string, { id: string; fullName: string; waiting: number }>();
  for (const task of tasks) {
    const entry = byCadre.get(task.cadre.id) ?? { ...task.cadre, waiting: 0 };
    entry.waiting += 1;
    byCadre.set(task.cadre.id, entry);
  }
  return [...byCadre.values()].sort((a, b) => alphabetical('vi')(a.fullName, b.fullName));
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

export function ConcludePanel({ year, onDone }: { year: number; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(WfProposedDocument, {
    variables: { year, states: ['RESULT_CONSULTED', 'SUSPENDED'] },
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const tasks = data?.keyTasks.nodes ?? [];
  const cadres = cadresAwaiting(tasks);
  // Results consulted (or suspended tasks) wait for the Standing Committee's conclusion; a viewer who
  // may not conclude sees who waits, read-only.
  if (cadres.length === 0 && tasks.length > 0) {
    const waiting = cadresOf(tasks);
    return (
      <AwaitingDecision heading={t('workflow.decisions.waitingConclude', { count: waiting.length })}>
        <ul className="wf-entries">
          {waiting.map((cadre) => (
            <li key={cadre.id}>
              <Link to={`/cadres/${cadre.id}/${year}`}>{cadre.fullName}</Link>{' '}
              <span className="muted">{t('workflow.decisions.cadreTasks', { count: cadre.waiting })}</span>
            </li>
          ))}
        </ul>
      </AwaitingDecision>
    );
  }
  const chosen = params.get('cadre');
  const open = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('cadre', id);
    setParams(next);
  };
  return (
    <div className="wf-grid-2 wf-conclude">
      <section aria-labelledby="wf-conclude-list">
        <h2 id="wf-conclude-list" className="visually-hidden">
          {t('workflow.decisions.tabs.conclude')}
        </h2>
        <p className="muted">{t('workflow.decisions.concludeIntro')}</p>
        {cadres.length === 0 ? (
          <p className="state state--empty">{t('workflow.decisions.noConclude')}</p>
        ) : (
          <ul className="wf-entries">
            {cadres.map((cadre) => (
              <li key={cadre.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={chosen === cadre.id ? 'true' : undefined}
                  onClick={() => open(cadre.id)}
                >
                  <span className="visually-hidden">{t('workflow.decisions.openDossier', { name: '' })}</span>
                  {cadre.fullName}
                </button>{' '}
                <span className="muted">{t('workflow.decisions.cadreTasks', { count: cadre.waiting })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {chosen && <CadreDecision key={chosen} cadreId={chosen} year={year} onDone={onDone} />}
    </div>
  );
}

function CadreDecision({ cadreId, year, onDone }: { cadreId: string; year: number; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WfCadreDecisionDocument, { variables: { cadre: cadreId, year } });
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(data?.cadreDossier);
  // Opening a cadre moves focus (and the view, on a tablet where the panel sits below the list) to it.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const dossier = data?.cadreDossier;
  if (!dossier) return <p className="state state--empty">{t('workflow.task.notFound')}</p>;
  return (
    <section className="card" aria-labelledby="wf-cadre-decision">
      <h2 id="wf-cadre-decision" ref={heading} tabIndex={-1}>
        <Link to={`/cadres/${dossier.cadre.id}/${year}`}>{dossier.cadre.fullName}</Link> ({dossier.cadre.code})
      </h2>
      <p className="muted">
        {t('workflow.decisions.measures', {
          completion: percent(dossier.measures.completionRate),
          milestones: percent(dossier.measures.milestoneOnTimeRate),
          exceeded: percent(dossier.measures.exceededShare),
          late: percent(dossier.measures.lateShare),
        })}
      </p>
      <ConclusionForm dossier={dossier} year={year} onDone={onDone} />
      <RatingForm dossier={dossier} year={year} onDone={onDone} />
    </section>
  );
}

function ConclusionForm({
  dossier,
  year,
  onDone,
}: {
  dossier: Dossier;
  year: number;
  onDone: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const messageOf = useMessageOf();
  const concludable = dossier.tasks.filter((task) => task.availableActions.includes('CONCLUDE'));
  const [outcomes, setOutcomes] = useState<Record<string, string>>(() =>
    Object.fromEntries(concludable.map((task) => [task.id, task.appraisedOutcome ?? ''])),
  );
  const [documentNumber, setDocumentNumber] = useState('');
  const [concludedOn, setConcludedOn] = useState(date(today()));
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [conclude, { loading }] = useMutation(WfConcludeDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  if (dossier.conclusion) {
    return (
      <p className="form-ok">
        {t('workflow.decisions.alreadyConcluded', {
          doc: dossier.conclusion.documentNumber,
          date: date(dossier.conclusion.concludedOn),
        })}
      </p>
    );
  }
  if (concludable.length === 0) return null;
  const outcomeOf = (value: string | undefined): KeyTaskOutcome | undefined =>
    codesOf(KEY_TASK_OUTCOMES).find((code) => code === value);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const on = parseDisplayDate(concludedOn);
    const chosen = concludable.map((task) => ({ keyTask: task.id, outcome: outcomeOf(outcomes[task.id]) }));
    const missing = chosen.some((entry) => entry.outcome === undefined);
    if (!on || missing) {
      const text = !on ? t('workflow.common.dateInvalid') : t('workflow.common.chooseOutcome');
      setErrors([{ code: 'INVALID_INPUT', message: text, messageEn: text, field: null, rule: null }]);
      return;
    }
    const result = (
      await conclude({
        variables: {
          input: {
            cadre: dossier.cadre.id,
            cycleYear: year,
            documentNumber: documentNumber.trim(),
            concludedOn: on,
            summary: summary.trim(),
            outcomes: chosen.map((entry) => ({ keyTask: entry.keyTask, outcome: entry.outcome! })),
          },
        },
      })
    ).data?.conclusionRecord;
    const found = result?.userErrors ?? [];
    setErrors(found);
    if (found.length === 0) onDone({ kind: 'ok', text: t('workflow.decisions.concluded') });
  }

  const docError = errorFor(errors, 'documentNumber');
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.decisions.conclusionHeading')}</h3>
      {concludable.map((task) => (
        <fieldset key={task.id} className="wf-subfieldset">
          <legend>
            {t('workflow.common.taskNumber', { n: task.ordinal })}: <Link to={`/tasks/${task.id}`}>{task.title}</Link>
          </legend>
          <p className="wf-meta">
            {task.selfOutcome && (
              <span>{t('workflow.decisions.selfSays', { outcome: label(KEY_TASK_OUTCOMES, task.selfOutcome) })}</span>
            )}
            {task.appraisedOutcome && (
              <span>
                {t('workflow.decisions.focalSays', { outcome: label(KEY_TASK_OUTCOMES, task.appraisedOutcome) })}
              </span>
            )}
          </p>
          <Field label={t('workflow.common.outcome')}>
            {(props) => (
              <select
                {...props}
                value={outcomes[task.id] ?? ''}
                onChange={(event) => setOutcomes({ ...outcomes, [task.id]: event.target.value })}
              >
                <option value="">{t('workflow.common.chooseOutcome')}</option>
                {codesOf(KEY_TASK_OUTCOMES).map((code) => (
                  <option key={code} value={code}>
                    {label(KEY_TASK_OUTCOMES, code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
      ))}
      <div className="wf-row">
        <Field label={t('workflow.common.documentNumber')} error={docError ? messageOf(docError) : undefined}>
          {(props) => (
            <input {...props} value={documentNumber} onChange={(event) => setDocumentNumber(event.target.value)} />
          )}
        </Field>
        <Field label={t('workflow.decisions.concludedOn')}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={concludedOn}
              onChange={(event) => setConcludedOn(event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('workflow.decisions.summary')}>
        {(props) => (
          <textarea {...props} rows={2} value={summary} onChange={(event) => setSummary(event.target.value)} />
        )}
      </Field>
      <UserErrorList errors={errors.filter((entry) => entry !== docError)} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.decisions.conclude')}
      </button>
    </form>
  );
}

function RatingForm({ dossier, year, onDone }: { dossier: Dossier; year: number; onDone: (notice: Notice) => void }) {
  const { t, i18n } = useTranslation();
  const { label, short } = useLabels();
  const messageOf = useMessageOf();
  const [level, setLevel] = useState<QualityRatingLevel | ''>('');
  const [score, setScore] = useState('');
  const [decidedOn, setDecidedOn] = useState(date(today()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<WfUserErrorFragment[]>([]);
  const [rate, { loading }] = useMutation(WfRateDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  if (dossier.rating) {
    return (
      <p className="form-ok">
        {t('workflow.decisions.alreadyRated', {
          level: `${label(QUALITY_RATING_LEVELS, dossier.rating.level)} (${short(QUALITY_RATING_LEVELS, dossier.rating.level)})`,
          date: date(dossier.rating.decidedOn),
        })}
      </p>
    );
  }
  if (!dossier.conclusion) return <p className="muted">{t('workflow.decisions.ratingNeedsConclusion')}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const on = parseDisplayDate(decidedOn);
    const value = readNumber(score);
    const problems: WfUserErrorFragment[] = [];
    if (level === '')
      problems.push({
        code: 'INVALID_INPUT',
        message: t('workflow.common.required'),
        messageEn: t('workflow.common.required'),
        field: ['level'],
        rule: null,
      });
    if (value === 'invalid' || (typeof value === 'number' && (value < 0 || value > 100)))
      problems.push({
        code: 'INVALID_INPUT',
        message: t('workflow.decisions.scoreRange'),
        messageEn: t('workflow.decisions.scoreRange'),
        field: ['score'],
        rule: null,
      });
    if (!on)
      problems.push({
        code: 'INVALID_INPUT',
        message: t('workflow.common.dateInvalid'),
        messageEn: t('workflow.common.dateInvalid'),
        field: ['decidedOn'],
        rule: null,
      });
    if (problems.length || level === '' || !on || value === 'invalid') {
      setErrors(problems);
      return;
    }
    const result = (
      await rate({
        variables: {
          input: { cadre: dossier.cadre.id, cycleYear: year, level, score: value, decidedOn: on, note: note.trim() },
        },
      })
    ).data?.qualityRatingRecord;
    const found = result?.userErrors ?? [];
    setErrors(found);
    if (found.length === 0) onDone({ kind: 'ok', text: t('workflow.decisions.rated') });
  }

  const fieldError = (path: string) => {
    const found = errorFor(errors, path);
    return found ? messageOf(found) : undefined;
  };
  return (
    <form className="wf-action" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('workflow.decisions.ratingHeading')}</h3>
      <p className="muted">
        {t('workflow.decisions.ratingNote')} ({dossier.scaleVersion})
      </p>
      <fieldset className="wf-radios" aria-describedby={fieldError('level') ? 'wf-level-error' : undefined}>
        <legend>{t('workflow.decisions.level')}</legend>
        {fieldError('level') && (
          <p id="wf-level-error" className="field__error">
            {fieldError('level')}
          </p>
        )}
        {codesOf(QUALITY_RATING_LEVELS).map((code) => {
          const conditions = dossier.ratingConditions.find((entry) => entry.level === code);
          const status =
            conditions?.allMet === true
              ? t('workflow.decisions.conditionsMet')
              : conditions?.allMet === false
                ? t('workflow.decisions.conditionsNotMet')
                : t('workflow.decisions.conditionsUnknown');
          return (
            <div key={code} className="wf-level">
              <label>
                <input type="radio" name="wf-level" checked={level === code} onChange={() => setLevel(code)} />{' '}
                <strong>
                  {label(QUALITY_RATING_LEVELS, code)} ({short(QUALITY_RATING_LEVELS, code)})
                </strong>{' '}
                — {status}
              </label>
              <ul className="wf-conditions">
                {conditions?.conditions.map((condition) => (
                  <li
                    key={condition.code}
                    className={condition.met === true ? 'is-met' : condition.met === false ? 'is-unmet' : ''}
                  >
                    {i18n.language === 'en' ? condition.labelEn : condition.label}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>
      <div className="wf-row">
        <Field label={t('workflow.decisions.score')} error={fieldError('score')}>
          {(props) => (
            <input {...props} inputMode="decimal" value={score} onChange={(event) => setScore(event.target.value)} />
          )}
        </Field>
        <Field label={t('workflow.decisions.decidedOn')} error={fieldError('decidedOn')}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={decidedOn}
              onChange={(event) => setDecidedOn(event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('workflow.decisions.note')}>
        {(props) => <input {...props} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <UserErrorList errors={errors.filter((entry) => !entry.field?.length)} />
      <button type="submit" className="button" disabled={loading}>
        {t('workflow.decisions.rate')}
      </button>
    </form>
  );
}
