import {
  ANALYTICS_DIMENSIONS,
  FUNNEL_STEPS,
  KEY_TASK_OUTCOMES,
  KEY_TASK_STATES,
  QUALITY_RATING_LEVELS,
  isCodeOf,
  type AnalyticsDimension,
  type FunnelStep,
  type KeyTaskState,
  type QualityRatingLevel,
} from '@nvtt/shared';
import type { DrillDownOrder, DrillDownQueryVariables } from '../../gql/graphql';
import {
  DEFAULT_VIEW,
  PAGE_SIZES,
  SORT_KEYS,
  type DrillFigure,
  type DrillView,
  type OutcomeFilter,
  type SortDirection,
  type SortKey,
} from './href';

export {
  DEFAULT_VIEW,
  PAGE_SIZES,
  SORT_KEYS,
  dossierHref,
  drillHref,
  drillSearch,
  type DrillFigure,
  type DrillView,
  type OutcomeFilter,
  type PageSize,
  type SortDirection,
  type SortKey,
} from './href';

/** Why a link cannot be followed; each has its own message. */
export type DrillProblem =
  | 'YEAR_MISSING'
  | 'YEAR_INVALID'
  | 'DIMENSION_INVALID'
  | 'BY_INVALID'
  | 'STEP_INVALID'
  | 'LEVEL_INVALID'
  | 'BY_WITHOUT_DIMENSION'
  | 'SAME_DIMENSIONS'
  | 'CODE_MISSING'
  | 'CODE2_MISSING';

export type ParsedDrill = { ok: true; figure: DrillFigure; view: DrillView } | { ok: false; problems: DrillProblem[] };

/** Dimensions whose values are units (given as `unit`/`unit2`); the others take a vocabulary code. */
const UNIT_DIMENSIONS: readonly AnalyticsDimension[] = ['LOCALITY', 'LEGACY_DISTRICT', 'FOCAL_AGENCY'];

export function isUnitDimension(dimension: AnalyticsDimension): boolean {
  return UNIT_DIMENSIONS.includes(dimension);
}

function text(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim();
  return value ? value : null;
}

/** A vocabulary code: present but empty is the value '' (the comparison's "no goal area" row). */
function code(params: URLSearchParams, name: string): string | null {
  return params.get(name)?.trim() ?? null;
}

function vocabularyParam<Code extends string>(
  params: URLSearchParams,
  name: string,
  isCode: (value: string) => value is Code,
  problem: DrillProblem,
  problems: DrillProblem[],
): Code | null {
  const value = text(params, name);
  if (value === null) return null;
  if (isCode(value)) return value;
  problems.push(problem);
  return null;
}

const isDimension = (value: string): value is AnalyticsDimension => isCodeOf(ANALYTICS_DIMENSIONS, value);
const isStep = (value: string): value is FunnelStep => isCodeOf(FUNNEL_STEPS, value);
const isLevel = (value: string): value is QualityRatingLevel => isCodeOf(QUALITY_RATING_LEVELS, value);
const isState = (value: string): value is KeyTaskState => isCodeOf(KEY_TASK_STATES, value);
const isOutcomeFilter = (value: string): value is OutcomeFilter =>
  value === 'NONE' || isCodeOf(KEY_TASK_OUTCOMES, value);

function parseView(params: URLSearchParams): DrillView {
  // A view parameter that makes no sense falls back to the default: the list still shows.
  const sort = SORT_KEYS.find((key) => key === params.get('sort')) ?? DEFAULT_VIEW.sort;
  const dir: SortDirection = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const state = text(params, 'state');
  const outcome = text(params, 'outcome');
  const size = PAGE_SIZES.find((value) => String(value) === params.get('size')) ?? DEFAULT_VIEW.size;
  return {
    sort,
    dir,
    q: params.get('q') ?? '',
    state: state !== null && isState(state) ? state : null,
    outcome: outcome !== null && isOutcomeFilter(outcome) ? outcome : null,
    size,
  };
}

/** Reads the figure and the view from the query string; every problem is reported, not just the first. */
export function parseDrillParams(params: URLSearchParams): ParsedDrill {
  const problems: DrillProblem[] = [];
  const yearText = text(params, 'year');
  const year = yearText === null ? NaN : Number(yearText);
  if (yearText === null) problems.push('YEAR_MISSING');
  else if (!Number.isInteger(year) || year < 2000 || year > 2100) problems.push('YEAR_INVALID');
  const dimension = vocabularyParam(params, 'dimension', isDimension, 'DIMENSION_INVALID', problems);
  const by = vocabularyParam(params, 'by', isDimension, 'BY_INVALID', problems);
  const step = vocabularyParam(params, 'step', isStep, 'STEP_INVALID', problems);
  const levelTexts = (text(params, 'levels') ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  const levels = levelTexts.filter(isLevel);
  if (levels.length !== levelTexts.length) problems.push('LEVEL_INVALID');
  const figure: DrillFigure = {
    year,
    dimension,
    unit: text(params, 'unit'),
    code: code(params, 'code'),
    by,
    unit2: text(params, 'unit2'),
    code2: code(params, 'code2'),
    step,
    levels: [...new Set(levels)],
    serving: params.get('serving') === '1',
    label: text(params, 'label'),
  };
  // The same rules the API applies, checked first so the message can say which part of the link is wrong.
  if (by !== null && dimension === null) problems.push('BY_WITHOUT_DIMENSION');
  if (by !== null && by === dimension) problems.push('SAME_DIMENSIONS');
  if (dimension !== null && !isUnitDimension(dimension) && figure.code === null) problems.push('CODE_MISSING');
  if (by !== null && !isUnitDimension(by) && figure.code2 === null) problems.push('CODE2_MISSING');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, figure, view: parseView(params) };
}

/** The `drillDown` arguments of a figure; absent parts are left out rather than sent as null. */
export function drillVariables(figure: DrillFigure, first: number, after?: string | null): DrillDownQueryVariables {
  const variables: DrillDownQueryVariables = { cycleYear: figure.year, first };
  if (figure.dimension) {
    variables.dimension = figure.dimension;
    if (isUnitDimension(figure.dimension)) {
      if (figure.unit) variables.unit = figure.unit;
    } else if (figure.code !== null) variables.code = figure.code;
  }
  if (figure.dimension && figure.by) {
    variables.by = figure.by;
    if (isUnitDimension(figure.by)) {
      if (figure.unit2) variables.unit2 = figure.unit2;
    } else if (figure.code2 !== null) variables.code2 = figure.code2;
  }
  if (figure.levels.length > 0) variables.ratedLevels = [...figure.levels];
  if (figure.step) variables.step = figure.step;
  if (figure.serving) variables.servingOnly = true;
  if (after) variables.after = after;
  return variables;
}

const ORDER_OF_SORT: Readonly<Record<SortKey, DrillDownOrder>> = {
  name: 'NAME',
  unit: 'UNIT',
  tasks: 'TASKS',
  completion: 'COMPLETION_RATE',
  onTime: 'ON_TIME_RATE',
  opinions: 'OPINIONS',
};

/**
 * The view's search and sort as `drillDown` arguments, so they cover every page rather than the
 * rows loaded; the API's defaults (name, ascending, no words) are left out.
 */
export function viewVariables(
  view: Pick<DrillView, 'q' | 'sort' | 'dir'>,
): Pick<DrillDownQueryVariables, 'search' | 'orderBy' | 'descending'> {
  const variables: Pick<DrillDownQueryVariables, 'search' | 'orderBy' | 'descending'> = {};
  const search = view.q.trim();
  if (search !== '') variables.search = search;
  if (view.sort !== DEFAULT_VIEW.sort) variables.orderBy = ORDER_OF_SORT[view.sort];
  if (view.dir === 'desc') variables.descending = true;
  return variables;
}
