import { useTranslation } from '../app/i18n';
import { formatLocalDate, type Locale, type Vocabulary } from '@nvtt/shared';

/** Labels of the shared domain vocabulary in the current UI language. */
export function useLabels() {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'vi';
  return {
    locale,
    label<Code extends string>(vocabulary: Vocabulary<Code>, code: Code): string {
      return vocabulary[code][locale];
    },
    /** The abbreviation users know when there is one (BTV, HĐND…), else the label. */
    short<Code extends string>(vocabulary: Vocabulary<Code>, code: Code): string {
      return vocabulary[code].abbr ?? vocabulary[code][locale];
    },
    date(value: string | null): string {
      return value === null ? '' : formatLocalDate(value);
    },
  };
}
