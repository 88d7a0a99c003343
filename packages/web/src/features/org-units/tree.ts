import { COMMUNE_LEVEL_KINDS, SECTORS, codesOf, type OrgUnitKind, type Sector } from '@nvtt/shared';
import type { OrgUnitTreeQuery } from '../../gql/graphql';

export type TreeRoot = OrgUnitTreeQuery['orgUnits']['nodes'][number];

/** A branch of the tree as shown: a heading and the units under it. */
export interface TreeGroup {
  readonly key: string;
  readonly heading:
    | { readonly kind: 'sector'; readonly sector: Sector }
    | { readonly kind: 'localities' }
    | { readonly kind: 'formerDistricts' };
  readonly units: readonly TreeRoot[];
  /** Commune-level units grouped by former district, so 65 names stay navigable. */
  readonly byDistrict?: ReadonlyArray<{ readonly district: string | null; readonly units: readonly TreeRoot[] }>;
}

const isCommuneLevel = (kind: OrgUnitKind) => COMMUNE_LEVEL_KINDS.includes(kind);

/**
 * Shapes the tree's roots into the groups people look for: provincial bodies by sector, then the
 * commune-level units by former district, then the former districts themselves.
 */
export function groupTreeRoots(roots: readonly TreeRoot[], compare: (a: string, b: string) => number): TreeGroup[] {
  const byName = (a: TreeRoot, b: TreeRoot) => compare(a.name, b.name);
  const provincial = roots.filter((unit) => !isCommuneLevel(unit.kind) && unit.kind !== 'DISTRICT');
  const localities = roots.filter((unit) => isCommuneLevel(unit.kind));
  const districts = roots.filter((unit) => unit.kind === 'DISTRICT');

  const groups: TreeGroup[] = codesOf(SECTORS)
    .map((sector) => ({
      key: `sector:${sector}`,
      heading: { kind: 'sector', sector } as const,
      units: provincial.filter((unit) => unit.sector === sector).sort(byName),
    }))
    .filter((group) => group.units.length > 0);

  if (localities.length > 0) {
    const districtNames = new Map<string | null, TreeRoot[]>();
    for (const unit of localities) {
      const key = unit.legacyDistrict?.name ?? null;
      districtNames.set(key, [...(districtNames.get(key) ?? []), unit]);
    }
    const byDistrict = [...districtNames.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compare(a, b)))
      .map(([district, units]) => ({ district, units: units.sort(byName) }));
    groups.push({ key: 'localities', heading: { kind: 'localities' }, units: localities.sort(byName), byDistrict });
  }
  if (districts.length > 0) {
    groups.push({ key: 'districts', heading: { kind: 'formerDistricts' }, units: districts.sort(byName) });
  }
  return groups;
}
