import type { AnalyticsDimension, FunnelStep, KeyTaskOutcome, KeyTaskState, QualityRatingLevel } from '@nvtt/shared';

// The links to the drill-down list, apart from the parsing of its address (url-state.ts): the
// screens that link here (the dashboard's first screen among them) load only this.

/**
 * The URL of `/drill` is the contract the dashboard's figures link to: each parameter maps 1:1 to
 * an argument of the `drillDown` query (`levels` → `ratedLevels`), plus the view (sort, filters,
 * page size) so a copied link shows the same list.
 */

/** Which figure the list explains. */
export interface DrillFigure {
  readonly year: number;
  readonly dimension: AnalyticsDimension | null;
  readonly unit: string | null;
  readonly code: string | null;
  readonly by: AnalyticsDimension | null;
  readonly unit2: string | null;
  readonly code2: string | null;
  readonly step: FunnelStep | null;
  readonly levels: readonly QualityRatingLevel[];
  /** Only the tasks serving their goal areas (the alignment coverage's figures): `servingOnly`. */
  readonly serving: boolean;
  /** The figure's title as the linking screen words it. */
  readonly label: string | null;
}

export const SORT_KEYS = ['name', 'unit', 'tasks', 'completion', 'onTime', 'opinions'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
/** An outcome, or NONE: no outcome recorded yet. */
export type OutcomeFilter = KeyTaskOutcome | 'NONE';

/**
 * How the list is shown: the search and the sort go to the API (they cover every page), the state
 * and outcome filters apply to the rows loaded, the page size to each request.
 */
export interface DrillView {
  readonly sort: SortKey;
  readonly dir: SortDirection;
  /** Words of the name, with or without diacritics. */
  readonly q: string;
  readonly state: KeyTaskState | null;
  readonly outcome: OutcomeFilter | null;
  readonly size: PageSize;
}

export const DEFAULT_VIEW: DrillView = { sort: 'name', dir: 'asc', q: '', state: null, outcome: null, size: 20 };

/** The query string of a figure and a view, in a stable order; defaults are left out. */
export function drillSearch(figure: DrillFigure, view: DrillView = DEFAULT_VIEW): string {
  const params = new URLSearchParams();
  params.set('year', String(figure.year));
  const optional: Array<[string, string | null]> = [
    ['dimension', figure.dimension],
    ['unit', figure.unit],
    ['code', figure.code],
    ['by', figure.by],
    ['unit2', figure.unit2],
    ['code2', figure.code2],
    ['step', figure.step],
    ['levels', figure.levels.length > 0 ? figure.levels.join(',') : null],
    ['serving', figure.serving ? '1' : null],
    ['label', figure.label],
    ['sort', view.sort === DEFAULT_VIEW.sort ? null : view.sort],
    ['dir', view.dir === DEFAULT_VIEW.dir ? null : view.dir],
    ['q', view.q.trim() === '' ? null : view.q],
    ['state', view.state],
    ['outcome', view.outcome],
    ['size', view.size === DEFAULT_VIEW.size ? null : String(view.size)],
  ];
  for (const [name, value] of optional) if (value !== null) params.set(name, value);
  return params.toString();
}

/** A link to the list behind a figure, for the screens that show figures. */
export function drillHref(figure: Partial<DrillFigure> & { year: number }): string {
  const whole: DrillFigure = {
    dimension: null,
    unit: null,
    code: null,
    by: null,
    unit2: null,
    code2: null,
    step: null,
    levels: [],
    serving: false,
    label: null,
    ...figure,
  };
  return `/drill?${drillSearch(whole)}`;
}

/** The dossier of a cadre for the year, remembering the list it was opened from. */
export function dossierHref(cadreId: string, year: number, from: string | null): string {
  const path = `/cadres/${encodeURIComponent(cadreId)}/${year}`;
  return from ? `${path}?${new URLSearchParams({ from }).toString()}` : path;
}
