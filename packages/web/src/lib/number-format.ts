/**
 * Number formatters for the UI languages (Vietnamese: decimal comma, dot for thousands). Building an
 * Intl.NumberFormat is costly and a dashboard formats thousands of cells, so each is built once.
 */
type Style = 'share' | 'count' | 'decimal';

const OPTIONS: Readonly<Record<Style, Intl.NumberFormatOptions>> = {
  share: { style: 'percent', maximumFractionDigits: 1 },
  count: {},
  decimal: { maximumFractionDigits: 2 },
};

const cache = new Map<string, Intl.NumberFormat>();

/** The formatter for a UI language ('en' → en-GB, anything else → vi-VN) and a style. */
export function numberFormat(locale: string, style: Style): Intl.NumberFormat {
  const tag = locale === 'en' ? 'en-GB' : 'vi-VN';
  const key = `${tag}:${style}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, OPTIONS[style]);
    cache.set(key, format);
  }
  return format;
}
