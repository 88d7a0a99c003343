import {
  ORG_UNIT_KINDS,
  SECTORS,
  UNIT_ROLES,
  foldForSearch,
  isCodeOf,
  isLocalDate,
  normalizeText,
  type OrgUnitKind,
  type Sector,
  type UnitRole,
} from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import unitsFile from './data/khanh-hoa-2026-units.json';

/** One unit as the province's list gives it (validated before anything is written). */
export interface UnitRecord {
  readonly code: string;
  readonly name: string;
  readonly kind: OrgUnitKind;
  readonly sector: Sector;
  readonly roles: readonly UnitRole[];
  readonly parent: string | null;
  readonly abbreviation: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly legacyDistrict: string | null;
}

/**
 * Which bodies took over from which in the 2025 reform, beyond districts → communes (derived from
 * `legacyDistrict`). Our reading of domain §7; the official decisions should confirm it.
 */
export const BODY_SUCCESSORS: Readonly<Record<string, readonly string[]>> = {
  BTGTU: ['BTGDVTU'],
  BDVTU: ['BTGDVTU'],
  BCSD_UBND: ['DU_UBND'],
  DD_HDND: ['DU_CQD'],
  DUK_CCQ: ['DU_CQD', 'DU_UBND'],
  DUK_DN: ['DU_UBND'],
};

function invalid(code: string, problem: string): never {
  throw new Error(`Unit list: ${code}: ${problem}`);
}

function optionalDate(code: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !isLocalDate(value)) invalid(code, `bad date ${String(value)}`);
  return value;
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? normalizeText(value) : null;
}

/** Parses the bundled list, refusing any unknown kind, sector, role or date. */
export function parseUnitList(raw: unknown = unitsFile): UnitRecord[] {
  const units = (raw as { units?: unknown }).units;
  if (!Array.isArray(units)) throw new Error('Unit list: no "units" array');
  return units.map((entry: Record<string, unknown>) => {
    const code = String(entry.code);
    const kind = String(entry.kind);
    const sector = String(entry.sector);
    const roles = Array.isArray(entry.roles) ? entry.roles.map(String) : [];
    if (!isCodeOf(ORG_UNIT_KINDS, kind)) invalid(code, `unknown kind ${kind}`);
    if (!isCodeOf(SECTORS, sector)) invalid(code, `unknown sector ${sector}`);
    const badRole = roles.find((role) => !isCodeOf(UNIT_ROLES, role));
    if (badRole !== undefined) invalid(code, `unknown role ${badRole}`);
    return {
      code,
      name: normalizeText(String(entry.name)),
      kind,
      sector,
      roles: roles as UnitRole[],
      parent: optionalText(entry.parent),
      abbreviation: optionalText(entry.abbreviation),
      validFrom: optionalDate(code, entry.validFrom),
      validTo: optionalDate(code, entry.validTo),
      legacyDistrict: optionalText(entry.legacyDistrict),
    };
  });
}

/**
 * Loads the province's units, idempotently: rows are matched by code, so re-running after a
 * corrected list updates names and links without touching ids.
 */
export async function loadReferenceUnits(db: EntityManager, units: readonly UnitRecord[]): Promise<void> {
  for (const unit of units) {
    await db.query(
      `INSERT INTO org_unit (code, name, kind, sector, roles, abbreviation, valid_from, valid_to, search_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
         sector = EXCLUDED.sector, roles = EXCLUDED.roles, abbreviation = EXCLUDED.abbreviation,
         valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to, search_text = EXCLUDED.search_text`,
      [
        unit.code,
        unit.name,
        unit.kind,
        unit.sector,
        unit.roles,
        unit.abbreviation,
        unit.validFrom,
        unit.validTo,
        foldForSearch(`${unit.name} ${unit.abbreviation ?? ''} ${unit.code}`),
      ],
    );
  }
  const links = units.map((unit) => [unit.code, unit.parent, unit.legacyDistrict]);
  await db.query(
    `UPDATE org_unit u SET parent_id = p.id, legacy_district_id = d.id
       FROM jsonb_to_recordset($1::jsonb) AS l(code text, parent text, district text)
       LEFT JOIN org_unit p ON p.code = l.parent
       LEFT JOIN org_unit d ON d.code = l.district
      WHERE u.code = l.code`,
    [JSON.stringify(links.map(([code, parent, district]) => ({ code, parent, district })))],
  );
  const successorPairs = [
    ...units
      .filter((unit) => unit.legacyDistrict !== null)
      .map((unit) => ({ predecessor: unit.legacyDistrict, successor: unit.code })),
    ...Object.entries(BODY_SUCCESSORS).flatMap(([predecessor, successors]) =>
      successors.map((successor) => ({ predecessor, successor })),
    ),
  ];
  await db.query(
    `INSERT INTO org_unit_successor (predecessor_id, successor_id)
     SELECT p.id, s.id FROM jsonb_to_recordset($1::jsonb) AS l(predecessor text, successor text)
       JOIN org_unit p ON p.code = l.predecessor
       JOIN org_unit s ON s.code = l.successor
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(successorPairs)],
  );
}
