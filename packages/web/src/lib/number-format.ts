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

const TAGS = { en: 'en-GB', vi: 'vi-VN' } as const;

const SEPARATORS: Readonly<Record<(typeof TAGS)[keyof typeof TAGS], { group: string; decimal: string }>> = {
  'en-GB': { group: ',', decimal: '.' },
  'vi-VN': { group: '.', decimal: ',' },
};

/** Fraction digits kept, and how many places the decimal point moves (a share is shown in %). */
const STYLES: Readonly<
  Record<Style, { digits: number; shift: number; suffix: string; intl: Intl.NumberFormatOptions }>
> = {
  share: { digits: 1, shift: 2, suffix: '%', intl: { style: 'percent', maximumFractionDigits: 1 } },
  count: { digits: 3, shift: 0, suffix: '', intl: {} },
  decimal: { digits: 2, shift: 0, suffix: '', intl: { maximumFractionDigits: 2 } },
};

const cache = new Map<string, NumberFormatter>();

function formatter(tag: keyof typeof SEPARATORS, style: Style): NumberFormatter {
  const { group, decimal } = SEPARATORS[tag];
  const { digits, shift, suffix, intl } = STYLES[style];
  let fallback: Intl.NumberFormat | null = null;
  return {
    format(value: number): string {
      const magnitude = Math.abs(value);
      // From 1e21 String() writes an exponent; those, infinities and NaN are Intl's to spell.
      if (!Number.isFinite(value) || magnitude >= 1e21) {
        fallback ??= new Intl.NumberFormat(tag, intl);
        return fallback.format(value);
      }
      // Intl rounds the shortest decimal that reads back as the value (1.005 → 1.01), half away
      // from zero: round that string, at digits + shift places, then move the point for a share.
      const places = digits + shift;
      const text = String(magnitude);
      // Below 1e-6 String() writes an exponent; such a value rounds to 0 at three places or fewer.
      const [whole = '0', fraction = ''] = text.includes('e') ? ['0', ''] : text.split('.');
      let scaled = `${whole}${fraction.padEnd(places, '0').slice(0, places)}`;
      if ((fraction[places] ?? '0') >= '5') scaled = (BigInt(scaled) + 1n).toString().padStart(scaled.length, '0');
      const point = scaled.length - digits;
      const integer = scaled.slice(0, point).replace(/^0+(?=\d)/, '');
      const kept = scaled.slice(point).replace(/0+$/, '');
      const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
      const sign = value < 0 || Object.is(value, -0) ? '-' : '';
      return `${sign}${grouped}${kept ? `${decimal}${kept}` : ''}${suffix}`;
    },
  };
}

/** The formatter for a UI language ('en' → en-GB, anything else → vi-VN) and a style. */
export function numberFormat(locale: string, style: Style): NumberFormatter {
  const tag = locale === 'en' ? TAGS.en : TAGS.vi;
  const key = `${tag}:${style}`;
  let format = cache.get(key);
  if (!format) {
    format = formatter(tag, style);
    cache.set(key, format);
  }
  return format;
}
