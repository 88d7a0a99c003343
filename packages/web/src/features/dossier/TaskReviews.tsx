import { KEY_TASK_OUTCOMES } from '@nvtt/shared';
import { useTranslation } from '../../app/i18n';
import type { DossierTaskFragment } from '../../gql/graphql';
import { useLabels } from '../../lib/vocabulary';
import { OutcomeBadge } from './badges';
import { formatDateTime } from './format';

type Task = DossierTaskFragment;

/** The cadre's year-end statements; earlier ones were returned (a new one follows only a return). */
export function SelfAssessments({ task }: { task: Task }) {
  const { t } = useTranslation();
  const heading = `task-${task.ordinal}-self`;
  const last = task.selfAssessments.length - 1;
  return (
    <section className="ds-block" aria-labelledby={heading}>
      <h3 id={heading}>{t('dossier.self.heading')}</h3>
      {task.selfAssessments.length === 0 ? (
        <p className="muted">{t('dossier.self.empty')}</p>
      ) : (
        <ul className="ds-entries">
          {task.selfAssessments.map((assessment, index) => (
            <li key={index} className={index < last ? 'ds-superseded' : undefined}>
              <p>
                <OutcomeBadge outcome={assessment.outcome} empty="" />{' '}
                <span className="muted">
                  {t('dossier.self.submitted', { when: formatDateTime(assessment.submittedAt) })}
                  {assessment.late && ` — ${t('dossier.self.late')}`}
                  {index < last && ` — ${t('dossier.self.returned')}`}
                </span>
              </p>
              <p className="ds-prose">{assessment.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Every appraisal and opinion, in the order given: agency, author, date, verdict, proposed outcome
 * and the full text. Opinions are never edited after submission, so this is the record.
 */
export function Reviews({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const heading = `task-${task.ordinal}-reviews`;
  const entries = [
    ...task.appraisals.map((appraisal) => ({
      at: appraisal.createdAt,
      title: t('dossier.reviews.appraisal', {
        stage: t(`dossier.reviews.stages.${appraisal.stage}`),
        agency: appraisal.agency.name,
      }),
      verdict: t(`dossier.reviews.appraisalVerdicts.${appraisal.verdict}`),
      negative: appraisal.verdict === 'RETURNED',
      proposedOutcome: appraisal.proposedOutcome,
      author: appraisal.authorLabel,
      late: appraisal.late,
      text: appraisal.comment,
    })),
    ...task.opinions.map((opinion) => ({
      at: opinion.submittedAt,
      title: t('dossier.reviews.opinion', {
        stage: t(`dossier.reviews.stages.${opinion.stage}`),
        agency: opinion.agency.name,
      }),
      verdict: t(`dossier.reviews.opinionVerdicts.${opinion.verdict}`),
      negative: opinion.verdict === 'DISAGREE',
      proposedOutcome: opinion.proposedOutcome,
      author: opinion.authorLabel,
      late: opinion.late,
      text: opinion.text,
    })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return (
    <section className="ds-block" aria-labelledby={heading}>
      <h3 id={heading}>{t('dossier.reviews.heading')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('dossier.reviews.empty')}</p>
      ) : (
        <ol className="ds-reviews">
          {entries.map((entry, index) => (
            <li key={index}>
              <article className="ds-review" aria-labelledby={`${heading}-${index}`}>
                <h4 id={`${heading}-${index}`}>{entry.title}</h4>
                <dl className="ds-review__facts">
                  <div>
                    <dt>{t('dossier.reviews.verdict')}</dt>
                    <dd>
                      <span className={`nv-badge ${entry.negative ? 'ds-verdict--negative' : 'ds-verdict--positive'}`}>
                        {entry.verdict}
                      </span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('dossier.reviews.author')}</dt>
                    <dd>{entry.author}</dd>
                  </div>
                  <div>
                    <dt>{t('dossier.reviews.date')}</dt>
                    <dd>
                      {formatDateTime(entry.at)}
                      {entry.late && <strong className="ds-late"> ({t('dossier.reviews.late')})</strong>}
                    </dd>
                  </div>
                  {entry.proposedOutcome && (
                    <div>
                      <dt>{t('dossier.reviews.proposedOutcome')}</dt>
                      <dd>{label(KEY_TASK_OUTCOMES, entry.proposedOutcome)}</dd>
                    </div>
                  )}
                </dl>
                <p className="ds-prose ds-review__text">
                  {entry.text || <span className="muted">{t('dossier.reviews.noText')}</span>}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
