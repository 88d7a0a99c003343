import type { YAxisTickContentProps } from 'recharts';

/** About the characters of 12px text that fit the 210px label column. */
const MAX_CHARS = 32;

/**
 * A category label on a vertical axis as plain SVG text, shortened with "…" when too long (the full
 * name in a tooltip and in the chart's table). recharts' own tick measures every word in the DOM
 * to wrap it, which cost most of the dashboard's main-thread time with 100+ unit names.
 */
export function CategoryTick({ x, y, payload }: YAxisTickContentProps) {
  const label = String(payload.value ?? '');
  const shown = label.length > MAX_CHARS ? `${label.slice(0, MAX_CHARS - 1).trimEnd()}…` : label;
  return (
    <text x={x} y={y} dx={-4} dy="0.355em" textAnchor="end" fontSize={12} fill="#374151">
      {shown !== label && <title>{label}</title>}
      {shown}
    </text>
  );
}
