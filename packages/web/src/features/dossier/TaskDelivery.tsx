import { EVIDENCE_TARGETS } from '@nvtt/shared';
import { EvidenceFileLink } from '../../components/EvidenceFileLink';
import { useTranslation } from '../../app/i18n';
import type { DossierTaskFragment } from '../../gql/graphql';
import { useLabels } from '../../lib/vocabulary';
import { MilestoneMark, VerificationBadge } from './badges';
import { formatDate, formatDateTime, formatNumber, formatShare } from './format';
import { EvidenceBrief, evidenceOfMilestone, evidenceOfReport, reportOf } from './MilestoneEvidence';
import { statusCounts, timelineOf } from './timeline';

type Task = DossierTaskFragment;

/** A value with its unit ("1.260 hồ sơ"), or '' when unknown. */
function amountOf(value: number | null, unit: string | null, locale: string): string {
  return value === null ? '' : `${formatNumber(value, locale)}${unit ? ` ${unit}` : ''}`;
}

/** Outputs with target, actual (the latest reported, and when) and the share achieved. */
export function Outputs({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  const heading = `task-${task.ordinal}-outputs`;
  const amount = (value: number | null, unit: string | null) => amountOf(value, unit, locale);
  return (
    <section className="ds-block" aria-labelledby={heading}>
      <h3 id={heading}>{t('dossier.outputs.heading')}</h3>
      {task.outputs.length === 0 ? (
        <p className="muted">{t('dossier.outputs.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table ds-table">
            <caption className="visually-hidden">{t('dossier.outputs.caption', { n: task.ordinal })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dossier.outputs.number')}</th>
                <th scope="col">{t('dossier.outputs.name')}</th>
                <th scope="col" className="ds-num">
                  {t('dossier.outputs.target')}
                </th>
                <th scope="col" className="ds-num">
                  {t('dossier.outputs.actual')}
                </th>
                <th scope="col" className="ds-num">
                  {t('dossier.outputs.achievement')}
                </th>
                <th scope="col">{t('dossier.outputs.dueOn')}</th>
              </tr>
            </thead>
            <tbody>
              {task.outputs.map((output) => (
                <tr key={output.ordinal}>
                  <td>{output.ordinal}</td>
                  <th scope="row">{output.name}</th>
                  <td className="ds-num">{amount(output.target, output.unit)}</td>
                  <td className="ds-num">
                    {amount(output.actual, output.unit)}
                    {output.actual !== null && output.actualReportedAt !== null && (
                      <span className="muted ds-block-line">
                        {t('dossier.outputs.reportedAt', { date: formatDateTime(output.actualReportedAt) })}
                      </span>
                    )}
                  </td>
                  <td className="ds-num">
                    {output.target !== null && output.target > 0 && output.actual !== null
                      ? formatShare(output.actual / output.target, locale)
                      : ''}
                  </td>
                  <td className="ds-nowrap">{formatDate(output.dueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The plan as a timeline: each milestone with its due date and its mark as of the dossier's date. */
export function Milestones({ task, asOf }: { task: Task; asOf: string }) {
  const { t } = useTranslation();
  const heading = `task-${task.ordinal}-milestones`;
  const items = timelineOf(task.milestones, asOf);
  const counts = statusCounts(items);
  return (
    <section className="ds-block" aria-labelledby={heading}>
      <h3 id={heading}>{t('dossier.milestones.heading')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('dossier.milestones.empty')}</p>
      ) : (
        <>
          <p className="ds-summary">
            {t('dossier.milestones.summary', {
              onTime: counts.DONE_ON_TIME,
              late: counts.DONE_LATE,
              overdue: counts.OVERDUE,
              pending: counts.PENDING,
            })}
          </p>
          <ol className="ds-timeline" aria-label={t('dossier.milestones.label', { n: task.ordinal })}>
            {items.map(({ milestone, status, daysLate }, index) => (
              <li key={index} className={`ds-timeline__item ds-timeline__item--${status.toLowerCase()}`}>
                <div className="ds-timeline__head">
                  <strong>{milestone.periodLabel}</strong>
                  <MilestoneMark status={status} />
                </div>
                <p className="ds-timeline__dates">
                  {t('dossier.milestones.due', { date: formatDate(milestone.dueOn) })}
                  {milestone.doneOn && ` · ${t('dossier.milestones.done', { date: formatDate(milestone.doneOn) })}`}
                  {status === 'DONE_LATE' && ` · ${t('dossier.milestones.daysLate', { count: daysLate })}`}
                  {status === 'OVERDUE' && ` · ${t('dossier.milestones.overdueDays', { count: daysLate })}`}
                </p>
                <p className="ds-prose">
                  <span className="ds-label">{t('dossier.milestones.expected')}:</span> {milestone.expectedOutput}
                </p>
                <EvidenceBrief
                  items={evidenceOfMilestone(task, task.milestones.indexOf(milestone) + 1)}
                  label={`${t('dossier.milestones.evidence')} — ${milestone.periodLabel}`}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export function ProgressReports({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  const heading = `task-${task.ordinal}-progress`;
  return (
    <section className="ds-block" aria-labelledby={heading}>
      <h3 id={heading}>{t('dossier.progress.heading')}</h3>
      {task.progressReports.length === 0 ? (
        <p className="muted">{t('dossier.progress.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table ds-table">
            <caption className="visually-hidden">{t('dossier.progress.caption', { n: task.ordinal })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dossier.progress.date')}</th>
                <th scope="col">{t('dossier.progress.status')}</th>
                <th scope="col" className="ds-num">
                  {t('dossier.progress.percent')}
                </th>
                <th scope="col">{t('dossier.progress.note')}</th>
                <th scope="col">{t('dossier.progress.author')}</th>
                <th scope="col">{t('dossier.progress.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {task.progressReports.map((report) => (
                <tr key={report.id}>
                  <th scope="row" className="ds-nowrap">
                    {formatDateTime(report.reportedAt)}
                    {report.late && <span className="ds-late ds-block-line">{t('dossier.progress.late')}</span>}
                  </th>
                  <td>{t(`dossier.progress.statuses.${report.status}`)}</td>
                  <td className="ds-num">
                    {report.percentComplete === null ? '' : formatShare(report.percentComplete / 100, locale)}
                  </td>
                  <td className="ds-prose">
                    {report.milestoneNumber !== null && (
                      <span className="ds-label ds-block-line">
                        {t('dossier.progress.milestone', {
                          period: task.milestones[report.milestoneNumber - 1]?.periodLabel ?? report.milestoneNumber,
                        })}
                      </span>
                    )}
                    {report.note}
                    {report.outputValues.length > 0 && (
                      <span className="ds-block-line">
                        {t('dossier.progress.actuals', {
                          values: report.outputValues
                            .map((value) => `${value.name}: ${amountOf(value.actual, value.unit, locale)}`)
                            .join('; '),
                        })}
                      </span>
                    )}
                  </td>
                  <td>{report.authorLabel}</td>
                  <td>
                    <EvidenceBrief
                      items={evidenceOfReport(task, report.id)}
                      label={`${t('dossier.progress.evidence')} — ${formatDateTime(report.reportedAt)}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Evidence with its document reference and whether the focal agency verified it. */
export function EvidenceList({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const heading = `task-${task.ordinal}-evidence`;
  const supports = (item: Task['evidence'][number]) => {
    const report = reportOf(task, item);
    if (report) return t('dossier.evidence.report', { period: report.period, date: formatDateTime(report.reportedAt) });
    if (item.target === 'OUTPUT' && item.outputOrdinal !== null)
      return t('dossier.evidence.output', { n: item.outputOrdinal });
    return label(EVIDENCE_TARGETS, item.target);
  };
  return (
    <section className="ds-block" aria-labelledby={heading}>
      <h3 id={heading}>{t('dossier.evidence.heading')}</h3>
      {task.evidence.length === 0 ? (
        <p className="muted">{t('dossier.evidence.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table ds-table">
            <caption className="visually-hidden">{t('dossier.evidence.caption', { n: task.ordinal })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dossier.evidence.title')}</th>
                <th scope="col">{t('dossier.evidence.document')}</th>
                <th scope="col">{t('dossier.evidence.supports')}</th>
                <th scope="col">{t('dossier.evidence.added')}</th>
                <th scope="col">{t('dossier.evidence.verification')}</th>
              </tr>
            </thead>
            <tbody>
              {task.evidence.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.title}</th>
                  <td>
                    {item.kind === 'FILE' && <EvidenceFileLink file={item} />}
                    {[
                      item.documentNumber && t('dossier.evidence.number', { number: item.documentNumber }),
                      item.documentDate && t('dossier.evidence.dated', { date: formatDate(item.documentDate) }),
                      item.issuer,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </td>
                  <td className="ds-nowrap">{supports(item)}</td>
                  <td>{t('dossier.evidence.by', { who: item.addedByLabel, when: formatDateTime(item.addedAt) })}</td>
                  <td>
                    <VerificationBadge verification={item.verification} />
                    {item.verifiedAt && (
                      <span className="ds-block-line muted">
                        {t('dossier.evidence.by', {
                          who: item.verifiedByLabel ?? '',
                          when: formatDateTime(item.verifiedAt),
                        })}
                      </span>
                    )}
                    {item.verificationNote && <span className="ds-block-line">{item.verificationNote}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
