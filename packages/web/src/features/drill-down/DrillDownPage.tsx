import './i18n';
import './drill-down.css';
import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { provinceDateOf } from '@nvtt/shared';
import { useMemo, useState } from 'react';
import type { TFunction } from '../../app/i18n';
import { useTranslation } from '../../app/i18n';
import { Link, useLocation, useNavigate, useSearchParams } from '../../app/router';
import { ErrorState, Loading } from '../../components/QueryState';
import { type DrillDownQuery } from '../../gql/graphql';
import { DrillCyclesDocument, DrillDownDocument } from './drill-down.documents';
import { DrillControls } from './DrillControls';
import { DrillTable } from './DrillTable';
import { FigureFacts, useFigureParts } from './figure';
import { filterRows, toCadreRow } from './rows';
import { useDebounced } from './use-debounced';
import {
  drillHref,
  drillSearch,
  drillVariables,
  parseDrillParams,
  viewVariables,
  type DrillFigure,
  type DrillProblem,
  type DrillView,
} from './url-state';

/** The largest page the API serves; "load all" reads in pages of this size. */
const MAX_PAGE = 100;
/** Above this many cadres, loading everything at once is not offered. */
const LOAD_ALL_LIMIT = 1000;
/** How long typing must pause before the words are searched. */
const SEARCH_DELAY_MS = 300;

/** `/drill`: the cadres behind one figure of the dashboard, each linking to their dossier. */
export default function DrillDownPage() {
  const [params] = useSearchParams();
  const parsed = useMemo(() => parseDrillParams(params), [params]);
  if (!parsed.ok) return <DrillProblems problems={parsed.problems} />;
  return <DrillList figure={parsed.figure} view={parsed.view} />;
}

function DrillProblems({ problems }: { problems: readonly DrillProblem[] }) {
  const { t } = useTranslation();
  // A bare /drill is not a mistake: it asks which cycle to list.
  if (problems.length === 1 && problems[0] === 'YEAR_MISSING') {
    return (
      <section aria-labelledby="dd-problems" className="dd-page">
        <header className="page-header">
          <h1 id="dd-problems">{t('drillDown.heading')}</h1>
          <p className="page-header__intro">{t('drillDown.problems.chooseCycleIntro')}</p>
        </header>
        <CycleLinks />
      </section>
    );
  }
  return (
    <section aria-labelledby="dd-problems" className="dd-page">
      <header className="page-header">
        <h1 id="dd-problems">{t('drillDown.problems.heading')}</h1>
      </header>
      <div className="card" role="alert">
        <p>{t('drillDown.problems.intro')}</p>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{t(`drillDown.problems.${problem}`)}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Without a year, offer each cycle's whole list rather than a dead end. */
function CycleLinks() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DrillCyclesDocument);
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  return (
    <ul className="dd-cycles">
      {(data?.cycles ?? []).map((cycle) => (
        <li key={cycle.id}>
          <Link to={drillHref({ year: cycle.year })}>{t('drillDown.problems.chooseCycle', { year: cycle.year })}</Link>
        </li>
      ))}
    </ul>
  );
}

type Connection = DrillDownQuery['drillDown'];

function appendPage(previous: DrillDownQuery, next: DrillDownQuery): DrillDownQuery {
  return { drillDown: { ...next.drillDown, nodes: [...previous.drillDown.nodes, ...next.drillDown.nodes] } };
}

function DrillList({ figure, view }: { figure: DrillFigure; view: DrillView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const parts = useFigureParts(figure);
  const [loadingMore, setLoadingMore] = useState(false);
  // The words go to the API once typing pauses; the box itself follows every key.
  const search = useDebounced(view.q, SEARCH_DELAY_MS);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(DrillDownDocument, {
    variables: { ...drillVariables(figure, view.size), ...viewVariables({ ...view, q: search }) },
  });
  // While a new search or order loads, the previous list stays (no jump to a spinner).
  const connection: Connection | undefined = (data ?? previousData)?.drillDown;
  const asOf = provinceDateOf(new Date());
  const rows = useMemo(
    () => (connection?.nodes ?? []).map((node) => toCadreRow(node, figure.year, asOf)),
    [connection, figure.year, asOf],
  );
  // Rows come in the API's order, searched by name or code across every page.
  const shown = useMemo(() => filterRows(rows, view), [rows, view]);

  const setView = (changes: Partial<DrillView>) =>
    navigate({ search: `?${drillSearch(figure, { ...view, ...changes })}` }, { replace: true });

  // One page after another until the list is complete, so the state and outcome filters cover every cadre.
  const load = async (all: boolean) => {
    if (!connection) return;
    setLoadingMore(true);
    try {
      let page = connection.pageInfo;
      do {
        const result = await fetchMore({
          variables: { after: page.endCursor, first: all ? MAX_PAGE : view.size },
          updateQuery: (previous, { fetchMoreResult }) => appendPage(previous as DrillDownQuery, fetchMoreResult),
        });
        if (!result.data) break;
        page = result.data.drillDown.pageInfo;
      } while (all && page.hasNextPage);
    } finally {
      setLoadingMore(false);
    }
  };

  const title = titleOf(
    figure.label ??
      parts
        .slice(1)
        .map((part) => part.value)
        .join(' · '),
    figure.year,
    t,
  );
  const total = connection?.totalCount ?? 0;
  const complete = connection !== undefined && !connection.pageInfo.hasNextPage;
  const searched = view.q.trim() !== '';
  return (
    <section aria-labelledby="dd-heading" className="dd-page">
      <header className="page-header">
        <p className="dd-kicker">{t('drillDown.heading')}</p>
        <h1 id="dd-heading">{title}</h1>
        <p className="page-header__intro">{t('drillDown.intro')}</p>
        <FigureFacts parts={parts} />
      </header>
      <div aria-live="polite" aria-busy={loading || loadingMore}>
        {loading && !connection ? (
          <Loading label={t('drillDown.loading')} />
        ) : error && !data ? (
          <DrillError error={error} onRetry={() => void refetch()} />
        ) : total === 0 && !searched ? (
          <p className="state state--empty">{t('drillDown.empty')}</p>
        ) : (
          <p className="dd-total">
            <strong>{t('drillDown.total', { count: total })}</strong>
          </p>
        )}
      </div>
      {connection && (total > 0 || searched) && (
        <>
          <DrillControls
            view={view}
            onChange={setView}
            scopeNote={
              complete
                ? t('drillDown.controls.scopeAll', { total })
                : t('drillDown.controls.scopeLoaded', { loaded: rows.length, total })
            }
          />
          <p className="muted" aria-live="polite">
            {t('drillDown.showing', { shown: shown.length, loaded: rows.length, total })}
          </p>
          {shown.length === 0 ? (
            <p className="state state--empty">{t('drillDown.emptyFiltered')}</p>
          ) : (
            <DrillTable
              rows={shown}
              year={figure.year}
              from={`${location.pathname}${location.search}`}
              view={view}
              onSort={setView}
            />
          )}
          {!complete && (
            <div className="row-actions dd-more">
              <button type="button" className="button" disabled={loadingMore} onClick={() => void load(false)}>
                {loadingMore ? t('drillDown.loadingMore') : t('drillDown.loadMore')}
              </button>
              {total <= LOAD_ALL_LIMIT && (
                <button
                  type="button"
                  className="button button--ghost"
                  disabled={loadingMore}
                  onClick={() => void load(true)}
                >
                  {t('drillDown.loadAll', { total })}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** The page title: the figure's label with its year, unless the label already names the year. */
export function titleOf(label: string, year: number, t: TFunction): string {
  if (label === '') return t('drillDown.untitled', { year });
  return new RegExp(`\\b${year}\\b`).test(label) ? label : t('drillDown.title', { label, year });
}

/** A refused link (bad input) says why; anything else offers a retry. */
function DrillError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (CombinedGraphQLErrors.is(error)) {
    const refused = error.errors.find((entry) => entry.extensions?.code === 'BAD_USER_INPUT');
    if (refused)
      return (
        <p className="state state--error" role="alert">
          {t('drillDown.problems.api', { message: refused.message })}
        </p>
      );
  }
  return <ErrorState onRetry={onRetry} />;
}
