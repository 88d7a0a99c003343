import './i18n';
import './dashboard.css';
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { CYCLE_PHASES, provinceDateOf } from '@nvtt/shared';
import { useTranslation } from '../../app/i18n';
import { useSearchParams } from '../../app/router';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { DashboardCyclesDocument } from './dashboard.documents';
import { defaultYear } from './options';
import { useLabels } from '../../lib/vocabulary';
import { Funnel } from './sections/Funnel';
import { Headline } from './sections/Headline';
import { useDrillAllowed } from './drill-link';

const LowerSections = lazy(() => import('./sections/LowerSections'));

/** The Standing Committee's home: one cycle's figures, where it is held up, and comparisons. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [params, setParams] = useSearchParams();
  const drillAllowed = useDrillAllowed();
  const { data, loading, error, refetch } = useQuery(DashboardCyclesDocument);
  const years = data ? data.cycles.map((cycle) => cycle.year).sort((a, b) => a - b) : [];
  const asked = Number(params.get('year'));
  const year = !data ? null : years.includes(asked) ? asked : defaultYear(years, provinceDateOf(new Date()));
  const cycle = data?.cycles.find((candidate) => candidate.year === year);
  // The heading and its introduction (the largest text of the first screen) are drawn at once,
  // without waiting for the list of cycles; the year control holds its place meanwhile.
  return (
    <>
      <header className="page-header dashboard-header">
        <div>
          <h1>{t('dashboard.heading')}</h1>
          <p className="page-header__intro">{t(drillAllowed ? 'dashboard.intro' : 'dashboard.introAggregates')}</p>
        </div>
        {(!data || year !== null) && (
          <div className="dashboard-header__cycle">
            <label htmlFor="dashboard-year">{t('dashboard.cycle')}</label>
            <select
              id="dashboard-year"
              value={year ?? ''}
              disabled={!data}
              onChange={(event) => setParams({ year: event.target.value }, { replace: true })}
            >
              {!data && <option value="">…</option>}
              {[...years].reverse().map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
            {cycle && (
              <span className="badge">{t('dashboard.cyclePhase', { phase: label(CYCLE_PHASES, cycle.phase) })}</span>
            )}
          </div>
        )}
      </header>
      {loading && !data ? (
        <Loading />
      ) : error || !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : year === null ? (
        <Empty>{t('dashboard.noCycles')}</Empty>
      ) : (
        <div className="dashboard">
          <Headline year={year} />
          <Funnel year={year} />
          <Suspense fallback={null}>
            <LowerSections year={year} years={years} />
          </Suspense>
        </div>
      )}
    </>
  );
}
