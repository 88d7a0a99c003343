import { FIGURES } from '../query-options';
import { useDrawnAnswer } from '../../../lib/use-drawn-answer';
import { useNear } from '../WhenNear';
import { useQuery } from '@apollo/client/react';
import { KEY_TASK_OUTCOMES } from '@nvtt/shared';
import { useTranslation } from '../../../app/i18n';
import { Empty, ErrorState, Loading } from '../../../components/QueryState';
import { ComparisonDocument } from '../dashboard.documents';
import { useLabels } from '../../../lib/vocabulary';
import { ChartCard } from '../ChartCard';
import { DrillLink, useDrillTo } from '../drill-link';
import { drillHref, drillOfRow } from '../drill';
import { StackedBars } from '../lazy-charts';
import { OUTCOME_ORDER, outcomeSegments, valueLabel } from '../shape';

export const OUTCOME_COLOURS: Record<keyof typeof KEY_TASK_OUTCOMES, string> = {
  EXCEEDED: '#065f46',
  COMPLETED_ON_TIME: '#16a34a',
  COMPLETED_LATE: '#ca8a04',
  PARTIALLY_COMPLETED: '#ea580c',
  NOT_COMPLETED: '#b91c1c',
  EXEMPT_OBJECTIVE: '#9ca3af',
};

/** The concluded outcomes per sector, stacked; a click opens the sector's cadres. */
export function Outcomes({ year }: { year: number }) {
  const { t } = useTranslation();
  const { locale, label } = useLabels();
  const drillTo = useDrillTo();
  const near = useNear();
  const {
    data: answer,
    loading: fetching,
    error,
    refetch,
  } = useQuery(ComparisonDocument, {
    ...FIGURES,
    variables: { cycleYears: [year], dimension: 'SECTOR' },
    skip: !near,
  });
  const { drawn: data, drawing } = useDrawnAnswer(answer);
  // Until the card nears the screen, and until its answer is drawn, it shows its loading state (see WhenNear).
  const loading = fetching || !near || drawing;
  const rows = data?.comparison ?? [];
  const named = rows.map((row) => ({ row, name: valueLabel('SECTOR', row.code, row.label, locale) }));
  const chartData = named.map(({ row, name }) => ({
    label: name,
    ...Object.fromEntries(outcomeSegments(row).map((segment) => [segment.outcome, segment.count])),
  }));
  const stacks = OUTCOME_ORDER.map((outcome) => ({
    key: outcome,
    label: label(KEY_TASK_OUTCOMES, outcome),
    colour: OUTCOME_COLOURS[outcome],
  }));
  const concluded = rows.some((row) => row.assessable + row.exempt > 0);
  const state =
    loading && !data ? (
      <Loading />
    ) : error ? (
      <ErrorState onRetry={() => void refetch()} />
    ) : concluded ? null : (
      <Empty>{t('dashboard.outcomes.none')}</Empty>
    );
  const title = t('dashboard.outcomes.title');
  return (
    <ChartCard
      title={title}
      intro={t('dashboard.outcomes.intro')}
      chart={
        state ?? (
          <StackedBars
            data={chartData}
            stacks={stacks}
            ariaLabel={title}
            onSelect={
              drillTo &&
              ((index) => {
                const entry = named[index];
                if (entry) drillTo(drillHref(drillOfRow(entry.row, 'SECTOR', null, `${entry.name} — ${year}`)));
              })
            }
          />
        )
      }
      table={
        state ?? (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.outcomes.title')}</th>
                  {stacks.map((stack) => (
                    <th key={stack.key} scope="col" className="numeric">
                      {stack.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {named.map(({ row, name }) => (
                  <tr key={row.code}>
                    <th scope="row">
                      <DrillLink to={drillHref(drillOfRow(row, 'SECTOR', null, `${name} — ${year}`))}>{name}</DrillLink>
                    </th>
                    {outcomeSegments(row).map((segment) => (
                      <td key={segment.outcome} className="numeric">
                        {segment.count}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    />
  );
}
