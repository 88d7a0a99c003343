import { Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../app/i18n';
import { Loading } from '../../components/QueryState';
import { useNearViewport } from '../../lib/use-near-viewport';

interface ChartCardProps {
  readonly title: string;
  readonly intro?: string;
  /** Controls above the chart (selects); they apply to both the chart and the table. */
  readonly controls?: ReactNode;
  readonly chart: ReactNode;
  readonly table: ReactNode;
  /** Height the chart area keeps while loading, so nothing below moves when it appears. */
  readonly minHeight?: number;
}

/**
 * A titled card with a chart and its table alternative. The table is always in the page for
 * screen readers and keyboard users; sighted users switch between the two.
 */
export function ChartCard({ title, intro, controls, chart, table, minHeight = 300 }: ChartCardProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const id = useId();
  const cardRef = useRef<HTMLElement>(null);
  // The chart is drawn when the card nears the screen; its reserved height keeps the layout still.
  const near = useNearViewport(cardRef);
  return (
    <section ref={cardRef} className="card chart-card" aria-labelledby={`${id}-title`}>
      <div className="chart-card__head">
        <div>
          <h2 id={`${id}-title`} className="card__title">
            {title}
          </h2>
          {intro && <p className="chart-card__intro">{intro}</p>}
        </div>
        <div className="segmented" role="group" aria-label={t('dashboard.view.showAs')}>
          <button type="button" aria-pressed={mode === 'chart'} onClick={() => setMode('chart')}>
            {t('dashboard.view.chart')}
          </button>
          <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
            {t('dashboard.view.table')}
          </button>
        </div>
      </div>
      {controls && <div className="chart-card__controls">{controls}</div>}
      {mode === 'chart' ? (
        <>
          <div className="chart-card__chart" aria-hidden="true" style={{ minHeight }}>
            {near && <Suspense fallback={<Loading />}>{chart}</Suspense>}
          </div>
          <div className="visually-hidden">{table}</div>
        </>
      ) : (
        <div className="chart-card__table">{table}</div>
      )}
    </section>
  );
}

interface SelectProps<Code extends string> {
  readonly label: string;
  readonly value: Code;
  readonly options: ReadonlyArray<{ readonly code: Code; readonly label: string }>;
  readonly onChange: (value: Code) => void;
}

export function Select<Code extends string>({ label, value, options, onChange }: SelectProps<Code>) {
  const id = useId();
  return (
    <span className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Code)}>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
