import { ALIGNMENT_AREAS, ALIGNMENT_SOURCES, isCodeOf } from '@nvtt/shared';
import { useTranslation } from '../../app/i18n';
import type { DossierTaskFragment } from '../../gql/graphql';
import { useLabels } from '../../lib/vocabulary';
import { AuditTable } from './AuditTable';
import { OutcomeBadge, StateBadge } from './badges';
import { formatDate, formatDateTime } from './format';
import { EvidenceList, Milestones, Outputs, ProgressReports } from './TaskDelivery';
import { Reviews, SelfAssessments } from './TaskReviews';
import { TaskVersions } from './TaskVersions';

/** Everything about one task, in the order of its life; printed from a new page. */
export function DossierTask({ task, asOf, year }: { task: DossierTaskFragment; asOf: string; year: number }) {
  const { t } = useTranslation();
  const { label, short } = useLabels();
  const heading = `task-${task.ordinal}-heading`;
  const none = t('dossier.task.noOutcome');
  return (
    <article id={`task-${task.ordinal}`} className="card ds-task" aria-labelledby={heading} tabIndex={-1}>
      <h2 id={heading}>{t('dossier.task.heading', { n: task.ordinal, title: task.title })}</h2>
      <dl className="facts ds-facts">
        <dt>{t('dossier.task.state')}</dt>
        <dd>
          <StateBadge state={task.state} />
          {task.stateReason && (
            <span className="ds-block-line">
              {t('dossier.task.stateReason')}: {task.stateReason}
            </span>
          )}
        </dd>
        <dt>{t('dossier.task.outcomes')}</dt>
        <dd>
          <ul className="ds-outcomes">
            <li>
              {t('dossier.task.selfOutcome')}: <OutcomeBadge outcome={task.selfOutcome} empty={none} />
            </li>
            <li>
              {t('dossier.task.appraisedOutcome')}: <OutcomeBadge outcome={task.appraisedOutcome} empty={none} />
            </li>
            <li>
              {t('dossier.task.concludedOutcome')}: <OutcomeBadge outcome={task.concludedOutcome} empty={none} />
            </li>
          </ul>
        </dd>
        <dt>{t('dossier.task.focalAgency')}</dt>
        <dd>{task.focalAgency.name}</dd>
        <dt>{t('dossier.task.post')}</dt>
        <dd>
          {task.position.title}, {task.position.unit.name}
        </dd>
        <dt>{t('dossier.task.period')}</dt>
        <dd>
          {t('dossier.versions.periodValue', {
            from: formatDate(task.startsOn) || '…',
            to: formatDate(task.endsOn) || '…',
          })}
          {task.multiYear && <span className="ds-block-line">{t('dossier.task.multiYear', { year })}</span>}
        </dd>
        {task.submittedAt && (
          <>
            <dt>{t('dossier.task.submitted')}</dt>
            <dd>
              {formatDateTime(task.submittedAt)}
              {task.submittedLate && <strong className="ds-late"> ({t('dossier.task.submittedLate')})</strong>}
            </dd>
          </>
        )}
        {task.alignments.length > 0 && (
          <>
            <dt>{t('dossier.task.alignments')}</dt>
            <dd>
              <ul className="ds-plain-list">
                {task.alignments.map((alignment, index) => (
                  <li key={index}>
                    <abbr title={label(ALIGNMENT_SOURCES, alignment.source)}>
                      {short(ALIGNMENT_SOURCES, alignment.source)}
                    </abbr>
                    {alignment.area &&
                      isCodeOf(ALIGNMENT_AREAS, alignment.area) &&
                      ` — ${label(ALIGNMENT_AREAS, alignment.area)}`}
                    {alignment.referenceText && ` (${alignment.referenceText})`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {task.spillOverNote && (
          <>
            <dt>{t('dossier.task.spillOver')}</dt>
            <dd className="ds-prose">{task.spillOverNote}</dd>
          </>
        )}
      </dl>
      <TaskVersions task={task} />
      <Outputs task={task} />
      <Milestones task={task} asOf={asOf} />
      <ProgressReports task={task} />
      <EvidenceList task={task} />
      <SelfAssessments task={task} />
      <Reviews task={task} />
      <section className="ds-block" aria-labelledby={`task-${task.ordinal}-audit`}>
        <h3 id={`task-${task.ordinal}-audit`}>{t('dossier.audit.heading')}</h3>
        <AuditTable events={task.auditTrail} caption={t('dossier.audit.caption', { n: task.ordinal })} />
      </section>
    </article>
  );
}
