import { skipToken, useQuery } from '@apollo/client/react';
import {
  ALIGNMENT_AREAS,
  ANALYTICS_DIMENSIONS,
  FUNNEL_STEPS,
  ORG_UNIT_KINDS,
  QUALITY_RATING_LEVELS,
  SECTORS,
  SUBJECT_GROUPS,
  dimensionValueName,
  isCodeOf,
  type AnalyticsDimension,
  type Label,
  type Vocabulary,
} from '@nvtt/shared';
import { useTranslation } from '../../app/i18n';
import { DrillUnitNameDocument } from './drill-down.documents';
import { useLabels } from '../../lib/vocabulary';
import { isUnitDimension, type DrillFigure } from './url-state';

/** The vocabulary a non-unit dimension's codes come from; PROVINCE has the single row "ALL". */
function vocabularyOf(dimension: AnalyticsDimension): Vocabulary<string> | null {
  switch (dimension) {
    case 'SECTOR':
      return SECTORS;
    case 'SUBJECT_GROUP':
      return SUBJECT_GROUPS;
    case 'UNIT_KIND':
      return ORG_UNIT_KINDS;
    case 'ALIGNMENT_AREA':
      return ALIGNMENT_AREAS;
    case 'PROVINCE':
      return { ALL: ANALYTICS_DIMENSIONS.PROVINCE };
    case 'LOCALITY':
    case 'LEGACY_DISTRICT':
    case 'FOCAL_AGENCY':
      return null;
    default: {
      const unreachable: never = dimension;
      throw new Error(`Unknown dimension: ${String(unreachable)}`);
    }
  }
}

function useUnitName(id: string | null): string | null {
  const { data } = useQuery(DrillUnitNameDocument, id === null ? skipToken : { variables: { id } });
  return data?.orgUnit?.name ?? null;
}

export interface FigurePart {
  readonly term: string;
  readonly value: string;
}

/** What the figure is, part by part (cycle, row, column, step, levels), in the UI language. */
export function useFigureParts(figure: DrillFigure): FigurePart[] {
  const { t } = useTranslation();
  const { locale, label } = useLabels();
  const unitName = useUnitName(figure.dimension && isUnitDimension(figure.dimension) ? figure.unit : null);
  const unit2Name = useUnitName(figure.by && isUnitDimension(figure.by) ? figure.unit2 : null);
  const valueOf = (dimension: AnalyticsDimension, unit: string | null, name: string | null, code: string | null) => {
    if (isUnitDimension(dimension)) {
      if (unit === null)
        return dimension === 'LEGACY_DISTRICT'
          ? t('drillDown.figure.noLegacyDistrict')
          : t('drillDown.figure.allUnits');
      return name ?? '…';
    }
    const vocabulary = vocabularyOf(dimension);
    const entry: Label | undefined =
      code !== null && vocabulary && isCodeOf(vocabulary, code) ? vocabulary[code] : undefined;
    // Not a code of the vocabulary: '' is the "no goal area" row, named as the dashboard names it.
    return entry ? entry[locale] : dimensionValueName(dimension, code ?? '', code ?? '', locale);
  };
  const parts: FigurePart[] = [{ term: t('drillDown.figure.cycle'), value: String(figure.year) }];
  if (figure.dimension) {
    parts.push({
      term: `${t('drillDown.figure.rows')} ${label(ANALYTICS_DIMENSIONS, figure.dimension).toLocaleLowerCase(locale)}`,
      value: valueOf(figure.dimension, figure.unit, unitName, figure.code),
    });
  }
  if (figure.dimension && figure.by) {
    parts.push({
      term: `${t('drillDown.figure.columns')} ${label(ANALYTICS_DIMENSIONS, figure.by).toLocaleLowerCase(locale)}`,
      value: valueOf(figure.by, figure.unit2, unit2Name, figure.code2),
    });
  }
  if (figure.step) parts.push({ term: t('drillDown.figure.step'), value: label(FUNNEL_STEPS, figure.step) });
  if (figure.serving) parts.push({ term: t('drillDown.figure.tasks'), value: t('drillDown.figure.serving') });
  if (figure.levels.length > 0) {
    parts.push({
      term: t('drillDown.figure.levels'),
      value: figure.levels.map((level) => QUALITY_RATING_LEVELS[level].abbr).join(', '),
    });
  }
  return parts;
}

/** The figure's parts as a definition list under the title. */
export function FigureFacts({ parts }: { parts: readonly FigurePart[] }) {
  return (
    <dl className="dd-figure">
      {parts.map((part) => (
        <div key={part.term}>
          <dt>{part.term}</dt>
          <dd>{part.value}</dd>
        </div>
      ))}
    </dl>
  );
}
