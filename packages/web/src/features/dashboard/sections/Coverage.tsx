import { FIGURES } from '../query-options';
import { useDrawnAnswer } from '../../../lib/use-drawn-answer';
import { useNear } from '../WhenNear';
import { useQuery } from '@apollo/client/react';
import { ALIGNMENT_AREAS } from '@nvtt/shared';
import { useTranslation } from '../../../app/i18n';
import { ErrorState, Loading } from '../../../components/QueryState';
import { AlignmentCoverageDocument } from '../dashboard.documents';
import { useLabels } from '../../../lib/vocabulary';
import { DrillLink } from '../drill-link';
import { drillHref } from '../drill';
import { count } from '../shape';

/** Which goal areas the cycle's tasks serve, the empty ones marked. */
export function Coverage({ year }: { year: number }) {
  const { t } = useTranslation();
  const { locale, label } = useLabels();
  const near = useNear();
  const {
    data: answer,
    loading: fetching,
    error,
    refetch,
  } = useQuery(AlignmentCoverageDocument, {
    variables: { cycleYear: year },
    ...FIGURES,
    skip: !near,
  });
  const { drawn: data, drawing } = useDrawnAnswer(answer);
  // Until the card nears the screen, and until its answer is drawn, it shows its loading state (see WhenNear).
  const loading = fetching || !near || drawing;
  const areas = data ? [...data.alignmentCoverage].sort((a, b) => b.tasks - a.tasks) : [];
  const most = Math.max(1, ...areas.map((area) => area.tasks));
  // The heading stays while the figures load: a screen-reader user can find the card by it.
  return (
    <section className="card" aria-labelledby="coverage-title" aria-busy={loading && !data}>
      <h2 id="coverage-title" className="card__title">
        {t('dashboard.coverage.title')}
      </h2>
      <p className="chart-card__intro">{t('dashboard.coverage.intro')}</p>
      {loading && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('dashboard.coverage.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.coverage.area')}</th>
                <th scope="col" className="numeric">
                  {t('dashboard.coverage.tasks')}
                </th>
                <th scope="col" className="numeric">
                  {t('dashboard.coverage.cadres')}
                </th>
                <th scope="col" className="numeric">
                  {t('dashboard.coverage.localities')}
                </th>
              </tr>
            </thead>
            <tbody>
              {areas.map((area) => {
                const name = label(ALIGNMENT_AREAS, area.area);
                return (
                  <tr key={area.area} className={area.tasks === 0 ? 'is-late' : ''}>
                    <th scope="row">
                      {area.tasks ? (
                        <DrillLink
                          to={drillHref({
                            year,
                            dimension: 'ALIGNMENT_AREA',
                            code: area.area,
                            serving: true,
                            label: `${name} — ${year}`,
                          })}
                        >
                          {name}
                        </DrillLink>
                      ) : (
                        <>
                          {name} <strong>({t('dashboard.coverage.none')})</strong>
                        </>
                      )}
                    </th>
                    <td className="numeric">
                      <span className="inline-bar" aria-hidden="true">
                        <span style={{ width: `${(area.tasks / most) * 100}%` }} />
                      </span>
                      {count(area.tasks, locale)}
                    </td>
                    <td className="numeric">{count(area.cadres, locale)}</td>
                    <td className="numeric">{count(area.localities, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
