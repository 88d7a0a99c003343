import { describe, expect, it } from 'vitest';
import { numberFormat } from './number-format';

const OPTIONS = {
  share: { style: 'percent', maximumFractionDigits: 1 },
  count: {},
  decimal: { maximumFractionDigits: 2 },
} as const;

/** Values around every rounding and grouping edge, both signs, plus a deterministic random sweep. */
function samples(): number[] {
  const values = [0, -0, 1, 999, 1000, 9999, 10000, 123456789, 0.5, 0.05, 0.005, 0.0005, 0.00005, 1.005, 2.675];
  values.push(0.1234, 0.9995, 0.99949, 0.12345, 12.3456, 1234.565, 0.125, 0.0125, 1 / 3, 2 / 3, 1e20, 123.4445);
  values.push(1e21, 1.2345678901234566e25, 5e-7, 1e-7, 4.5e-4, Number.NaN, Number.POSITIVE_INFINITY);
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let index = 0; index < 2000; index += 1) {
    values.push(next(), next() * 1000, Math.round(next() * 1e7), Math.round(next() * 1e5) / 1000, next() / 100);
  }
  return values.flatMap((value) => [value, -value]);
}

describe('numberFormat', () => {
  for (const [locale, tag] of [
    ['vi', 'vi-VN'],
    ['en', 'en-GB'],
  ] as const) {
    for (const style of ['share', 'count', 'decimal'] as const) {
      it(`writes ${style} in ${tag} exactly as Intl.NumberFormat does`, () => {
        const intl = new Intl.NumberFormat(tag, OPTIONS[style]);
        const ours = numberFormat(locale, style);
        const wrong = samples()
          .filter((value) => ours.format(value) !== intl.format(value))
          .map((value) => `${value}: ${ours.format(value)} ≠ ${intl.format(value)}`);
        expect(wrong).toEqual([]);
      });
    }
  }

  it('writes Vietnamese with a decimal comma and dots for thousands', () => {
    expect(numberFormat('vi', 'count').format(1234567)).toBe('1.234.567');
    expect(numberFormat('vi', 'share').format(0.1234)).toBe('12,3%');
    expect(numberFormat('en', 'share').format(0.1234)).toBe('12.3%');
    expect(numberFormat('vi', 'count').format(Number.POSITIVE_INFINITY)).toBe('∞');
  });
});
