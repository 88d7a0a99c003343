import type { AnalyticsDimension, FunnelStep, QualityRatingLevel } from '@nvtt/shared';
import { drillHref as drillDownHref } from '../drill-down/href';
import type { FigureRow } from './shape';

/** Where a click on a figure leads: the drill-down page's URL (its parameters map 1:1 to `drillDown`). */
export interface DrillTarget {
  readonly year: number;
  readonly label: string;
  readonly dimension?: AnalyticsDimension;
  readonly unit?: string | null;
  readonly code?: string;
  readonly by?: AnalyticsDimension;
  readonly unit2?: string | null;
  readonly code2?: string | null;
  readonly step?: FunnelStep;
  readonly levels?: readonly QualityRatingLevel[];
  /** Only tasks serving their goal areas (the coverage's figures). */
  readonly serving?: boolean;
}

const UNIT_DIMENSIONS: ReadonlySet<AnalyticsDimension> = new Set(['LOCALITY', 'LEGACY_DISTRICT', 'FOCAL_AGENCY']);

/** The drill-down page's own link builder, fed from a dashboard figure (empty parts left out). */
export function drillHref(target: DrillTarget): string {
  return drillDownHref({
    year: target.year,
    label: target.label,
    dimension: target.dimension ?? null,
    unit: target.unit || null,
    // '' is a value of its own (the "no goal area" row), kept apart from no code at all.
    code: target.code ?? null,
    by: target.by ?? null,
    unit2: target.unit2 || null,
    code2: target.code2 ?? null,
    step: target.step ?? null,
    levels: target.levels ?? [],
    serving: target.serving ?? false,
  });
}

/** The drill-down of one comparison row or matrix cell: units by id, vocabulary values by code. */
export function drillOfRow(
  row: FigureRow,
  dimension: AnalyticsDimension,
  by: AnalyticsDimension | null,
  label: string,
): DrillTarget {
  const first = UNIT_DIMENSIONS.has(dimension) ? { unit: row.unitId } : { code: row.code };
  const second =
    by === null ? {} : UNIT_DIMENSIONS.has(by) ? { by, unit2: row.unitId2 ?? null } : { by, code2: row.code2 };
  return { year: row.cycleYear, label, dimension, ...first, ...second };
}
