import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CategoryTick } from './CategoryTick';
import { ValueLabel } from './ValueLabel';

/**
 * The dashboard's charts (recharts), loaded in their own chunk. Every chart has a table
 * alternative next to it; these only draw, and report which element the user chose.
 */

/**
 * A legend entry's name in the text colour: recharts writes it in the series' colour, and the pale
 * ones (no rating yet, grey) fall far below 4.5:1 on white. The swatch beside it keeps the colour.
 */
function legendText(value: string) {
  return <span className="chart-legend__text">{value}</span>;
}

export const SERIES_COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];

export interface RankedDatum {
  readonly label: string;
  readonly value: number | null;
}

interface RankedBarsProps {
  readonly data: readonly RankedDatum[];
  readonly ariaLabel: string;
  readonly rate: boolean;
  readonly format: (value: number | null) => string;
  /** A click on an element's bar; none for a user whose figures lead nowhere (no pointer then). */
  readonly onSelect?: (index: number) => void;
}

/** Horizontal bars, highest first: long Vietnamese unit names stay readable. */
export function RankedBars({ data, ariaLabel, rate, format, onSelect }: RankedBarsProps) {
  const height = Math.max(160, data.length * 26 + 40);
  return (
    <div className="chart-scroll" style={{ height: Math.min(height, 520) }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          // The card hides the chart from assistive technology (its table is the accessible form), so
          // the chart must not take keyboard focus either.
          accessibilityLayer={false}
          data={[...data]}
          layout="vertical"
          margin={{ left: 8, right: 48, top: 8, bottom: 8 }}
          title={ariaLabel}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={rate ? [0, 1] : [0, 'auto']} tickFormatter={(value: number) => format(value)} />
          <YAxis type="category" dataKey="label" width={210} tick={CategoryTick} interval={0} />
          <Tooltip formatter={(value) => format(typeof value === 'number' ? value : null)} />
          <Bar
            dataKey="value"
            fill="#1d4ed8"
            cursor={onSelect ? 'pointer' : undefined}
            isAnimationActive={false}
            label={{
              content: ValueLabel,
              formatter: (value: unknown) => format(typeof value === 'number' ? value : null),
            }}
            onClick={onSelect && ((_, index) => onSelect(index))}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

interface TrendLinesProps {
  readonly points: ReadonlyArray<Record<string, number | null>>;
  readonly series: ReadonlyArray<{ readonly key: string; readonly label: string }>;
  readonly ariaLabel: string;
  readonly rate: boolean;
  readonly format: (value: number | null) => string;
}

/** One line per series across the years; gaps where a value has no data. */
export function TrendLines({ points, series, ariaLabel, rate, format }: TrendLinesProps) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart
        accessibilityLayer={false}
        data={[...points]}
        margin={{ left: 8, right: 24, top: 8, bottom: 8 }}
        title={ariaLabel}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis domain={rate ? [0, 1] : [0, 'auto']} tickFormatter={(value: number) => format(value)} />
        <Tooltip formatter={(value) => format(typeof value === 'number' ? value : null)} />
        <Legend formatter={legendText} />
        {series.map((line, index) => (
          <Line
            key={line.key}
            type="monotone"
            dataKey={line.key}
            name={line.label}
            stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
            strokeWidth={2}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

interface StackedBarsProps {
  readonly data: ReadonlyArray<Record<string, string | number>>;
  readonly stacks: ReadonlyArray<{ readonly key: string; readonly label: string; readonly colour: string }>;
  readonly ariaLabel: string;
  /** A click on an element's bar; none for a user whose figures lead nowhere (no pointer then). */
  readonly onSelect?: (index: number) => void;
}

/** Stacked horizontal bars (outcomes or ratings per group), each group clickable. */
export function StackedBars({ data, stacks, ariaLabel, onSelect }: StackedBarsProps) {
  const height = Math.max(160, data.length * 30 + 70);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        accessibilityLayer={false}
        data={[...data]}
        layout="vertical"
        margin={{ left: 8, right: 24, top: 8, bottom: 8 }}
        title={ariaLabel}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={210} tick={CategoryTick} interval={0} />
        <Tooltip />
        <Legend formatter={legendText} />
        {stacks.map((stack) => (
          <Bar
            key={stack.key}
            dataKey={stack.key}
            name={stack.label}
            stackId="all"
            fill={stack.colour}
            cursor={onSelect ? 'pointer' : undefined}
            isAnimationActive={false}
            onClick={onSelect && ((_, index) => onSelect(index))}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
