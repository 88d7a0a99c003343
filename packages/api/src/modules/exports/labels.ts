import {
  ALIGNMENT_AREAS,
  ANALYTICS_DIMENSIONS,
  ORG_UNIT_KINDS,
  SECTORS,
  SUBJECT_GROUPS,
  formatLocalDate,
  isCodeOf,
  isLocalDate,
  type AnalyticsDimension,
  type Vocabulary,
} from '@nvtt/shared';

/** The vocabulary behind a dimension whose values are codes (units and the province carry names). */
const DIMENSION_VOCABULARY: Readonly<Partial<Record<AnalyticsDimension, Vocabulary<string>>>> = {
  SECTOR: SECTORS,
  SUBJECT_GROUP: SUBJECT_GROUPS,
  UNIT_KIND: ORG_UNIT_KINDS,
  ALIGNMENT_AREA: ALIGNMENT_AREAS,
};

/** A comparison row's label in Vietnamese: the vocabulary's label for codes, the name for units. */
export function dimensionValueLabel(dimension: AnalyticsDimension, label: string): string {
  const vocabulary = DIMENSION_VOCABULARY[dimension];
  if (vocabulary && isCodeOf(vocabulary, label)) return vocabulary[label]!.vi;
  return label === '' ? '(chưa xác định)' : label;
}

export function dimensionLabel(dimension: AnalyticsDimension): string {
  return ANALYTICS_DIMENSIONS[dimension].vi;
}

/** dd/mm/yyyy, the province's way of writing a date. */
export function vnDate(date: string | null | undefined): string {
  return date && isLocalDate(date) ? formatLocalDate(date) : '';
}
