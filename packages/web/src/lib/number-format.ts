/**
 * Number formatters for the UI languages (Vietnamese: decimal comma, dot for thousands; English as
 * en-GB). Written out rather than built with Intl.NumberFormat: the first Intl.NumberFormat of a page
 * loads the locale's number data, which cost a phone's first screen of the dashboard 200–340 ms
 * under a 4× slower CPU (the largest single script cost). The output is Intl's, to the character
 * (number-format.test.ts compares them): grouping from four digits, rounding half away from zero on
 * the shortest decimal of the value, trailing zeros dropped, a sign kept on a negative zero.
 */
type Style = 'share' | 'count' | 'decimal';

export interface NumberFormatter {
  format(value: number): string;
}

/** Fraction digits kept, places the point moves (a share is shown in %), and what follows. */
const STYLES: Readonly<Record<Style, readonly [number, number, string]>> = {
  share: [1, 2, '%'],
  count: [3, 0, ''],
  decimal: [2, 0, ''],
};

/** The shortest decimal that reads back as a non-negative finite number, as whole and fraction digits. */
function decimalDigits(magnitude: number): [string, string] {
  // String() writes an exponent below 1e-6 and from 1e21: move the point instead.
  const [mantissa = '0', exponent = '0'] = String(magnitude).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  return [digits.slice(0, point).padEnd(point, '0'), digits.slice(point)];
}

/** The formatter for a UI language ('en' → en-GB, anything else → vi-VN) and a style. */
export function numberFormat(locale: string, style: Style): NumberFormatter {
  const [group, point] = locale === 'en' ? [',', '.'] : ['.', ','];
  const [digits, shift, suffix] = STYLES[style];
  return {
    format(value: number): string {
      const sign = value < 0 || Object.is(value, -0) ? '-' : '';
      if (!Number.isFinite(value)) return `${Number.isNaN(value) ? 'NaN' : `${sign}∞`}${suffix}`;
      // Round at digits + shift places, half away from zero, then move the point for a share.
      const places = digits + shift;
      const [whole, fraction] = decimalDigits(Math.abs(value));
      let scaled = whole + fraction.padEnd(places, '0').slice(0, places);
      if ((fraction[places] ?? '0') >= '5') scaled = (BigInt(scaled) + 1n).toString().padStart(scaled.length, '0');
      const at = scaled.length - digits;
      const integer = scaled.slice(0, at).replace(/^0+(?=\d)/, '');
      const kept = scaled.slice(at).replace(/0+$/, '');
      return `${sign}${integer.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${kept ? point + kept : ''}${suffix}`;
    },
  };
}
