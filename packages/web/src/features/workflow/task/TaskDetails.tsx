import {
  ALIGNMENT_AREAS,
  ALIGNMENT_SOURCES,
  KEY_TASK_ACTIONS,
  KEY_TASK_OUTCOMES,
  KEY_TASK_STATES,
  MILESTONE_STATUSES,
  isCodeOf,
} from '@nvtt/shared';
import { useTranslation } from '../../../app/i18n';
import type { WfTaskDetailFragment } from '../../../gql/graphql';
import { useLabels } from '../../../lib/vocabulary';
import { date, dateTime } from '../components/labels';
import { ReportEvidence } from './evidence/ReportEvidence';
import { reportAnchor } from './evidence/evidence-choice';

type Task = WfTaskDetailFragment;

const number = (value: number | null, locale: string) =>
  value === null ? '' : value.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN');

/** What the task says: description, outputs, alignments. */
export function TaskContent({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { locale, label, short } = useLabels();
  return (
    <section className="card" aria-labelledby="wf-content">
      <h2 id="wf-content">{t('workflow.task.description')}</h2>
      <p className="wf-prose">{task.description || '—'}</p>
      {task.spillOverNote && (
        <>
          <h3>{t('workflow.task.spillOver')}</h3>
          <p className="wf-prose">{task.spillOverNote}</p>
        </>
      )}
      <h3>{t('workflow.task.outputs')}</h3>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('workflow.draft.outputName')}</th>
              <th scope="col">{t('workflow.task.target')}</th>
              <th scope="col">{t('workflow.task.actual')}</th>
              <th scope="col">{t('workflow.task.dueOn')}</th>
            </tr>
          </thead>
          <tbody>
            {task.outputs.map((output) => (
              <tr key={output.ordinal}>
                <td>{output.ordinal}</td>
                <th scope="row">{output.name}</th>
                <td>
                  {number(output.target, locale)} {output.unit}
                </td>
                <td>
                  {number(output.actual, locale)} {output.actual !== null && output.unit}
                </td>
                <td>{date(output.dueOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('workflow.task.alignments')}</h3>
      <ul>
        {task.alignments.map((alignment, index) => (
          <li key={index}>
            <abbr title={label(ALIGNMENT_SOURCES, alignment.source)}>{short(ALIGNMENT_SOURCES, alignment.source)}</abbr>
            {alignment.area &&
              isCodeOf(ALIGNMENT_AREAS, alignment.area) &&
              ` — ${label(ALIGNMENT_AREAS, alignment.area)}`}
            {alignment.referenceText && ` (${alignment.referenceText})`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The plan's milestones with their on-time marks, and the progress reports with their milestone's evidence. */
export function TaskProgress({ task, onDone }: { task: Task; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const { label, locale } = useLabels();
  return (
    <section className="card" aria-labelledby="wf-milestones">
      <h2 id="wf-milestones">{t('workflow.task.milestones')}</h2>
      {task.milestones.length === 0 ? (
        <p className="muted">{t('workflow.task.noMilestones')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('workflow.task.period_')}</th>
                <th scope="col">{t('workflow.task.expected')}</th>
                <th scope="col">{t('workflow.task.dueOn')}</th>
                <th scope="col">{t('workflow.task.doneOn')}</th>
                <th scope="col">{t('workflow.common.state')}</th>
              </tr>
            </thead>
            <tbody>
              {task.milestones.map((milestone, index) => (
                <tr key={index}>
                  <th scope="row">{milestone.periodLabel}</th>
                  <td>{milestone.expectedOutput}</td>
                  <td>{date(milestone.dueOn)}</td>
                  <td>{date(milestone.doneOn)}</td>
                  <td>
                    <span className={`wf-tag wf-tag--${milestone.status.toLowerCase()}`}>
                      {label(MILESTONE_STATUSES, milestone.status)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('workflow.task.progress')}</h3>
      {task.progressReports.length === 0 ? (
        <p className="muted">{t('workflow.task.noProgress')}</p>
      ) : (
        <ul className="wf-entries">
          {task.progressReports.map((report) => (
            <li key={report.id} id={reportAnchor(report.id)}>
              <p className="muted">
                {report.milestoneNumber !== null &&
                  `${t('workflow.reportEvidence.milestone', { period: task.milestones[report.milestoneNumber - 1]?.periodLabel ?? report.milestoneNumber })} — `}
                {dateTime(report.reportedAt)} — {report.authorLabel}
                {report.percentComplete !== null && ` — ${report.percentComplete}%`}
                {report.late && ` — ${t('workflow.common.late')}`}
              </p>
              <p>{report.note}</p>
              {report.outputValues.length > 0 && (
                <p>
                  {t('workflow.progress.reportedActuals', {
                    values: report.outputValues
                      .map(
                        (value) =>
                          `${value.name}: ${number(value.actual, locale)}${value.unit ? ` ${value.unit}` : ''}`,
                      )
                      .join('; '),
                  })}
                </p>
              )}
              <ReportEvidence task={task} report={report} onDone={onDone} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Every appraisal and opinion (agency, author, date, verdict, text), self-assessments, change requests. */
export function TaskReviews({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const outcome = (value: Task['selfOutcome']) => (value ? label(KEY_TASK_OUTCOMES, value) : '');
  const empty = task.appraisals.length === 0 && task.opinions.length === 0;
  return (
    <section className="card" aria-labelledby="wf-reviews">
      <h2 id="wf-reviews">{t('workflow.task.reviews')}</h2>
      {empty && <p className="muted">{t('workflow.task.noReviews')}</p>}
      <ul className="wf-entries">
        {task.appraisals.map((appraisal, index) => (
          <li key={`a${index}`}>
            <p>
              <strong>{t('workflow.task.appraisal', { stage: t(`workflow.review.stages.${appraisal.stage}`) })}</strong>{' '}
              — {appraisal.agency.name}:{' '}
              <span className="wf-tag">{t(`workflow.review.verdicts.${appraisal.verdict}`)}</span>
              {appraisal.proposedOutcome &&
                ` — ${t('workflow.task.proposedOutcome', { outcome: outcome(appraisal.proposedOutcome) })}`}
            </p>
            <p className="muted">
              {appraisal.authorLabel}, {dateTime(appraisal.createdAt)}
              {appraisal.late && ` — ${t('workflow.common.late')}`}
            </p>
            {appraisal.comment && <p>{appraisal.comment}</p>}
          </li>
        ))}
        {task.opinions.map((opinion, index) => (
          <li key={`o${index}`}>
            <p>
              <strong>{t('workflow.task.opinion', { stage: t(`workflow.review.stages.${opinion.stage}`) })}</strong> —{' '}
              {opinion.agency.name}: <span className="wf-tag">{t(`workflow.opinion.verdicts.${opinion.verdict}`)}</span>
              {opinion.proposedOutcome &&
                ` — ${t('workflow.task.proposedOutcome', { outcome: outcome(opinion.proposedOutcome) })}`}
            </p>
            <p className="muted">
              {opinion.authorLabel}, {dateTime(opinion.submittedAt)}
              {opinion.late && ` — ${t('workflow.common.late')}`}
            </p>
            <p>{opinion.text}</p>
          </li>
        ))}
      </ul>
      {task.selfAssessments.length > 0 && (
        <>
          <h3>{t('workflow.task.selfAssessments')}</h3>
          <ul className="wf-entries">
            {task.selfAssessments.map((assessment, index) => (
              <li key={index}>
                <p>
                  <strong>{outcome(assessment.outcome)}</strong>{' '}
                  <span className="muted">
                    {dateTime(assessment.submittedAt)}
                    {assessment.late && ` — ${t('workflow.common.late')}`}
                  </span>
                </p>
                <p>{assessment.summary}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {task.changeRequests.length > 0 && (
        <>
          <h3>{t('workflow.task.changeRequests')}</h3>
          <ul className="wf-entries">
            {task.changeRequests.map((request) => (
              <li key={request.id}>
                <p>
                  <span className="wf-tag">{t(`workflow.change.status.${request.status}`)}</span>{' '}
                  <strong>{request.proposed.title}</strong>
                </p>
                <p className="muted">
                  {t('workflow.change.requested', { who: request.requesterLabel, when: dateTime(request.requestedAt) })}
                  {request.decidedAt &&
                    ` · ${t('workflow.change.decided', { who: request.deciderLabel ?? '', when: dateTime(request.decidedAt), doc: request.documentNumber ?? '' })}`}
                </p>
                <p>{request.reason}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The audit trail: who did what, when, from which state to which. */
export function TaskHistory({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const actionLabel = (action: string) =>
    isCodeOf(KEY_TASK_ACTIONS, action) ? label(KEY_TASK_ACTIONS, action) : action;
  const stateLabel = (state: string | null) =>
    state !== null && isCodeOf(KEY_TASK_STATES, state) ? label(KEY_TASK_STATES, state) : (state ?? '');
  return (
    <details className="card wf-history">
      <summary>
        <h2>{t('workflow.task.history')}</h2>
      </summary>
      <ol className="wf-entries">
        {task.auditTrail.map((event, index) => (
          <li key={index}>
            <p>
              <strong>{actionLabel(event.action)}</strong>
              {event.fromState !== event.toState &&
                event.toState &&
                ` — ${stateLabel(event.fromState)} → ${stateLabel(event.toState)}`}
            </p>
            <p className="muted">
              {event.actorLabel}, {dateTime(event.occurredAt)}
              {event.documentNumber && ` — ${event.documentNumber}`}
            </p>
            {event.comment && <p>{event.comment}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}
