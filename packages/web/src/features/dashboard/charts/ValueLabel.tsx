import type { LabelProps } from 'recharts';

/**
 * A bar's value, just right of its end, as plain SVG text. recharts' own label measures the text's
 * words in the DOM (a forced layout per bar), which took the largest part of drawing the ranked
 * bars of 100+ units on a phone.
 */
export function ValueLabel({ viewBox, value, formatter }: LabelProps) {
  if (!viewBox || !('width' in viewBox) || value === undefined) return null;
  const { x, y, width, height } = viewBox;
  return (
    <text x={x + width + 5} y={y + height / 2} dy="0.355em" fontSize={11} fill="#374151">
      {formatter ? formatter(value) : value}
    </text>
  );
}
