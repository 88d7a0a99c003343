/**
 * Text rules shared by the API boundary and the dashboard: stored text is NFC, and searches match
 * with or without Vietnamese diacritics ("Khanh Hoa" finds "Khánh Hòa").
 */

/** The stored form of any text a user enters: NFC, without surrounding white space. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').trim();
}

const COMBINING_MARKS = /\p{M}/gu;
const WHITE_SPACE_RUNS = /\s+/gu;

/**
 * A search key: lower case, diacritics removed (đ → d), white space collapsed. The same function
 * computes the stored key and the query's key, so both sides always agree.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(WHITE_SPACE_RUNS, ' ')
    .trim();
}

const collators = new Map<string, Intl.Collator>();

/**
 * Alphabetical order of names in a language (Vietnamese: "Đ" after "D", tones after the bare
 * letter). One collator per language: `a.localeCompare(b, locale)` builds a new one on every call,
 * which sorting a hundred unit names on a phone turned into a noticeable pause.
 */
export function alphabetical(locale: string): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator.compare;
}
