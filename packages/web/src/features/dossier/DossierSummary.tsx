import { QUALITY_RATING_LEVELS } from '@nvtt/shared';
import { useTranslation } from '../../app/i18n';
import type { CadreDossierQuery } from '../../gql/graphql';
import { useLabels } from '../../lib/vocabulary';
import { OutcomeBadge, StateBadge } from './badges';
import { levelViews, levelsFullyMet, type ConditionStatus } from './conditions';
import { formatDate, formatNumber, formatShare } from './format';

export type Dossier = NonNullable<CadreDossierQuery['cadreDossier']>;

/** The rating and the conclusion as the decision body recorded them. */
export function ResultSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const { locale, label } = useLabels();
  const { rating, conclusion } = dossier;
  return (
    <section id="ds-result" className="card ds-section" aria-labelledby="ds-result-heading">
      <h2 id="ds-result-heading">{t('dossier.result.heading')}</h2>
      <div className="ds-result">
        <div>
          <h3>{t('dossier.result.rating')}</h3>
          {rating === null ? (
            <p className="muted">{t('dossier.result.noRating')}</p>
          ) : (
            <dl className="facts">
              <dt>{t('dossier.result.level')}</dt>
              <dd>
                <strong className="ds-rating">
                  {label(QUALITY_RATING_LEVELS, rating.level)} ({QUALITY_RATING_LEVELS[rating.level].abbr})
                </strong>
              </dd>
              {rating.score !== null && (
                <>
                  <dt>{t('dossier.result.score')}</dt>
                  <dd>{t('dossier.result.scoreValue', { score: formatNumber(rating.score, locale) })}</dd>
                </>
              )}
              <dt>{t('dossier.result.decidedOn')}</dt>
              <dd>{formatDate(rating.decidedOn)}</dd>
              <dt>{t('dossier.result.recordedBy')}</dt>
              <dd>{rating.deciderLabel}</dd>
              <dt>{t('dossier.result.scale')}</dt>
              <dd>{rating.scaleVersion}</dd>
              {rating.note && (
                <>
                  <dt>{t('dossier.result.note')}</dt>
                  <dd className="ds-prose">{rating.note}</dd>
                </>
              )}
            </dl>
          )}
        </div>
        <div>
          <h3>{t('dossier.result.conclusion')}</h3>
          {conclusion === null ? (
            <p className="muted">{t('dossier.result.noConclusion')}</p>
          ) : (
            <dl className="facts">
              <dt>{t('dossier.result.documentNumber')}</dt>
              <dd>{conclusion.documentNumber}</dd>
              <dt>{t('dossier.result.concludedOn')}</dt>
              <dd>{formatDate(conclusion.concludedOn)}</dd>
              <dt>{t('dossier.result.recordedBy')}</dt>
              <dd>{conclusion.deciderLabel}</dd>
              <dt>{t('dossier.result.summary')}</dt>
              <dd className="ds-prose">{conclusion.summary}</dd>
            </dl>
          )}
        </div>
      </div>
    </section>
  );
}

/** The computed measures, each with the counts behind it so a reader can check it. */
export function MeasuresSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const { locale } = useLabels();
  const m = dossier.measures;
  const rows = [
    {
      key: 'completionRate',
      value: m.completionRate,
      basis: t('dossier.measures.completionBasis', { count: m.completedTasks, of: m.assessableTasks }),
    },
    {
      key: 'onTime',
      value: m.assessableTasks === 0 ? null : m.onTimeTasks / m.assessableTasks,
      basis: t('dossier.measures.onTimeBasis', { count: m.onTimeTasks, of: m.assessableTasks }),
    },
    {
      key: 'exceededShare',
      value: m.exceededShare,
      basis: t('dossier.measures.exceededBasis', { count: m.exceededTasks, of: m.assessableTasks }),
    },
    {
      key: 'lateShare',
      value: m.lateShare,
      basis: t('dossier.measures.lateBasis', { count: m.lateTasks, of: m.assessableTasks }),
    },
    { key: 'outputAchievement', value: m.outputAchievement, basis: t('dossier.measures.outputBasis') },
    {
      key: 'milestoneRate',
      value: m.milestoneOnTimeRate,
      basis: t('dossier.measures.milestoneBasis', { count: m.milestonesOnTime, of: m.milestonesDue }),
    },
  ];
  return (
    <section id="ds-measures" className="card ds-section" aria-labelledby="ds-measures-heading">
      <h2 id="ds-measures-heading">{t('dossier.measures.heading')}</h2>
      <div className="table-scroll">
        <table className="table ds-table">
          <caption className="visually-hidden">{t('dossier.measures.caption', { year: dossier.cycle.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dossier.measures.measure')}</th>
              <th scope="col" className="ds-num">
                {t('dossier.measures.value')}
              </th>
              <th scope="col">{t('dossier.measures.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{t(`dossier.measures.${row.key}`)}</th>
                <td className="ds-num">
                  {row.value === null ? (
                    <span className="muted">{t('dossier.measures.unknown')}</span>
                  ) : (
                    <strong>{formatShare(row.value, locale)}</strong>
                  )}
                </td>
                <td>{row.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted ds-note">{t('dossier.measures.note')}</p>
    </section>
  );
}

const STATUS_SYMBOLS: Record<ConditionStatus, string> = { MET: '✓', NOT_MET: '✗', UNKNOWN: '?' };

function ConditionMark({ status }: { status: ConditionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`ds-check ds-check--${status.toLowerCase()}`}>
      <span aria-hidden="true">{STATUS_SYMBOLS[status]} </span>
      {t(`dossier.conditions.${status}`)}
    </span>
  );
}

/** Which conditions of each level hold: one row group per level, the decided level marked. */
export function ConditionsSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const { locale, label } = useLabels();
  const views = levelViews(dossier.ratingConditions, locale, dossier.rating?.level ?? null);
  const fullyMet = levelsFullyMet(views);
  return (
    <section id="ds-conditions" className="card ds-section" aria-labelledby="ds-conditions-heading">
      <h2 id="ds-conditions-heading">{t('dossier.conditions.heading')}</h2>
      <p className="muted">{t('dossier.conditions.intro')}</p>
      <p>
        {fullyMet.length > 0
          ? t('dossier.conditions.fullyMet', {
              levels: fullyMet.map((level) => QUALITY_RATING_LEVELS[level].abbr).join(', '),
            })
          : t('dossier.conditions.noneFullyMet')}
      </p>
      <div className="table-scroll">
        <table className="table ds-table ds-conditions">
          <caption className="visually-hidden">{t('dossier.conditions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dossier.conditions.condition')}</th>
              <th scope="col">{t('dossier.conditions.status')}</th>
            </tr>
          </thead>
          {views.map((view) => (
            <tbody key={view.level} className={view.decided ? 'ds-conditions__decided' : undefined}>
              <tr className="ds-conditions__level">
                <th scope="rowgroup" id={`ds-level-${view.level}`}>
                  {label(QUALITY_RATING_LEVELS, view.level)} ({QUALITY_RATING_LEVELS[view.level].abbr})
                  {view.decided && <span className="ds-decided"> — {t('dossier.conditions.decided')}</span>}
                </th>
                <td>
                  {t('dossier.conditions.levelStatus')} <ConditionMark status={view.status} />
                </td>
              </tr>
              {view.conditions.map((condition) => (
                <tr key={condition.code}>
                  <th scope="row" className="ds-conditions__condition">
                    {condition.text}
                  </th>
                  <td>
                    <ConditionMark status={condition.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

/** The tasks at a glance, each linking to its section. */
export function TaskOverview({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const none = t('dossier.overview.none');
  return (
    <section id="ds-overview" className="card ds-section" aria-labelledby="ds-overview-heading">
      <h2 id="ds-overview-heading">{t('dossier.overview.heading')}</h2>
      {dossier.tasks.length === 0 ? (
        <p className="muted">{t('dossier.overview.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table ds-table ds-overview">
            <caption className="visually-hidden">{t('dossier.overview.caption', { year: dossier.cycle.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dossier.overview.number')}</th>
                <th scope="col" className="ds-overview__task">
                  {t('dossier.overview.task')}
                </th>
                <th scope="col">{t('dossier.overview.state')}</th>
                <th scope="col">{t('dossier.overview.self')}</th>
                <th scope="col">{t('dossier.overview.appraised')}</th>
                <th scope="col">{t('dossier.overview.concluded')}</th>
              </tr>
            </thead>
            <tbody>
              {dossier.tasks.map((task) => (
                <tr key={task.id}>
                  <td>{task.ordinal}</td>
                  <th scope="row">
                    <a href={`#task-${task.ordinal}`}>{task.title}</a>
                  </th>
                  <td>
                    <StateBadge state={task.state} />
                  </td>
                  <td>
                    <OutcomeBadge outcome={task.selfOutcome} empty={none} />
                  </td>
                  <td>
                    <OutcomeBadge outcome={task.appraisedOutcome} empty={none} />
                  </td>
                  <td>
                    <OutcomeBadge outcome={task.concludedOutcome} empty={none} />
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
