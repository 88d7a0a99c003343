import {
  ORG_UNIT_KINDS,
  SECTORS,
  isCodeOf,
  isLocalDate,
  type LocalDate,
  type OrgUnitKind,
  type Sector,
} from '@nvtt/shared';
import type { OrgUnitFilter } from '../../gql/graphql';

/** Which units to show by date: in force today, all ever, or in force on a given date. */
export type Validity =
  { readonly mode: 'current' } | { readonly mode: 'all' } | { readonly mode: 'date'; readonly date: LocalDate };

/** The page's state, kept in the URL so every view can be bookmarked and shared. */
export interface UnitFilters {
  readonly search: string;
  readonly kind: OrgUnitKind | null;
  readonly sector: Sector | null;
  readonly validity: Validity;
  /** Code of the unit whose details are open. */
  readonly unit: string | null;
}

export const EMPTY_FILTERS: UnitFilters = {
  search: '',
  kind: null,
  sector: null,
  validity: { mode: 'current' },
  unit: null,
};

export function readFilters(params: URLSearchParams): UnitFilters {
  const kind = params.get('kind') ?? '';
  const sector = params.get('sector') ?? '';
  const at = params.get('at') ?? '';
  const validity: Validity =
    at === 'all' ? { mode: 'all' } : isLocalDate(at) ? { mode: 'date', date: at } : { mode: 'current' };
  return {
    search: params.get('q') ?? '',
    kind: isCodeOf(ORG_UNIT_KINDS, kind) ? kind : null,
    sector: isCodeOf(SECTORS, sector) ? sector : null,
    validity,
    unit: params.get('unit') || null,
  };
}

export function writeFilters(filters: UnitFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('q', filters.search);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.validity.mode === 'all') params.set('at', 'all');
  if (filters.validity.mode === 'date') params.set('at', filters.validity.date);
  if (filters.unit) params.set('unit', filters.unit);
  return params;
}

/** The date to ask the API for; `today` is the province's date, passed in by the caller. */
export function validAtOf(validity: Validity, today: LocalDate): LocalDate | null {
  switch (validity.mode) {
    case 'current':
      return today;
    case 'all':
      return null;
    case 'date':
      return validity.date;
    default: {
      const unreachable: never = validity;
      return unreachable;
    }
  }
}

export function toApiFilter(filters: UnitFilters, today: LocalDate): OrgUnitFilter {
  const validAt = validAtOf(filters.validity, today);
  return {
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.kind ? { kind: [filters.kind] } : {}),
    ...(filters.sector ? { sector: [filters.sector] } : {}),
    ...(validAt ? { validAt } : {}),
  };
}
