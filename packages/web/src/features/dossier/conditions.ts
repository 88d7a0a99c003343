import { QUALITY_RATING_LEVELS, codesOf, type Locale, type QualityRatingLevel } from '@nvtt/shared';
import type { CadreDossierQuery } from '../../gql/graphql';

type Dossier = NonNullable<CadreDossierQuery['cadreDossier']>;

/** Met, not met, or not knowable yet (e.g. no score recorded, no task assessed). */
export type ConditionStatus = 'MET' | 'NOT_MET' | 'UNKNOWN';

export function statusOf(met: boolean | null): ConditionStatus {
  return met === null ? 'UNKNOWN' : met ? 'MET' : 'NOT_MET';
}

export interface LevelView {
  readonly level: QualityRatingLevel;
  readonly status: ConditionStatus;
  /** The level the decision body recorded. */
  readonly decided: boolean;
  readonly conditions: ReadonlyArray<{
    readonly code: string;
    readonly text: string;
    readonly status: ConditionStatus;
  }>;
}

/**
 * The rating conditions of the dossier, highest level first, in the UI language. The system shows
 * which conditions each level needs and whether they hold; the decision body decides the level.
 */
export function levelViews(
  levels: Dossier['ratingConditions'],
  locale: Locale,
  decided: QualityRatingLevel | null,
): LevelView[] {
  const order = codesOf(QUALITY_RATING_LEVELS);
  return [...levels]
    .sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))
    .map((entry) => ({
      level: entry.level,
      status: statusOf(entry.allMet),
      decided: entry.level === decided,
      conditions: entry.conditions.map((condition) => ({
        code: condition.code,
        text: locale === 'en' ? condition.labelEn : condition.label,
        status: statusOf(condition.met),
      })),
    }));
}

/** The levels whose every condition holds, highest first (for the summary line, not a decision). */
export function levelsFullyMet(views: readonly LevelView[]): QualityRatingLevel[] {
  return views.filter((view) => view.status === 'MET').map((view) => view.level);
}
