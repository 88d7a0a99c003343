import { ORG_UNIT_KINDS, SECTORS, UNIT_ROLES, foldForSearch, type ImportRowOutcome } from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import type { AuditRecord } from '../../workflow/use-case.js';
import { Counter, classify, errorRow, importAudit, returnedRows, type ImportPlan, type KeyedWrite } from './plan.js';
import type { Table } from './read-table.js';
import { ErrorSink, RowReader } from './row-reader.js';

/** The same pattern as the database's check on org_unit.code. */
export const UNIT_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

interface UnitFields {
  readonly name: string;
  readonly kind: string;
  readonly sector: string;
  readonly roles: readonly string[];
  readonly parent: string | null;
  readonly abbreviation: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly legacyDistrict: string | null;
}

interface UnitWrite extends UnitFields, KeyedWrite {
  readonly searchText: string;
}

const STORED_SQL = `
  SELECT u.code, u.name, u.kind, u.sector, u.roles, u.abbreviation,
         u.valid_from::text AS "validFrom", u.valid_to::text AS "validTo",
         p.code AS parent, d.code AS "legacyDistrict"
    FROM org_unit u
    LEFT JOIN org_unit p ON p.id = u.parent_id
    LEFT JOIN org_unit d ON d.id = u.legacy_district_id`;

const INSERT_SQL = `
  INSERT INTO org_unit (code, name, kind, sector, roles, abbreviation, valid_from, valid_to, search_text)
  SELECT l.code, l.name, l.kind, l.sector, ARRAY(SELECT jsonb_array_elements_text(l.roles)), l.abbreviation,
         l."validFrom"::date, l."validTo"::date, l."searchText"
    FROM jsonb_to_recordset($1::jsonb) AS l(code text, name text, kind text, sector text, roles jsonb,
         abbreviation text, "validFrom" text, "validTo" text, "searchText" text)
  RETURNING id, code`;

const UPDATE_SQL = `
  UPDATE org_unit u SET name = l.name, kind = l.kind, sector = l.sector,
         roles = ARRAY(SELECT jsonb_array_elements_text(l.roles)), abbreviation = l.abbreviation,
         valid_from = l."validFrom"::date, valid_to = l."validTo"::date, search_text = l."searchText"
    FROM jsonb_to_recordset($1::jsonb) AS l(code text, name text, kind text, sector text, roles jsonb,
         abbreviation text, "validFrom" text, "validTo" text, "searchText" text)
   WHERE u.code = l.code
  RETURNING u.id, u.code`;

const LINK_SQL = `
  UPDATE org_unit u SET parent_id = p.id, legacy_district_id = d.id
    FROM jsonb_to_recordset($1::jsonb) AS l(code text, parent text, "legacyDistrict" text)
    LEFT JOIN org_unit p ON p.code = l.parent
    LEFT JOIN org_unit d ON d.code = l."legacyDistrict"
   WHERE u.code = l.code`;

/** A commune's former district is also its predecessor (as the seed records it). */
const SUCCESSOR_SQL = `
  INSERT INTO org_unit_successor (predecessor_id, successor_id)
  SELECT d.id, u.id FROM jsonb_to_recordset($1::jsonb) AS l(code text, "legacyDistrict" text)
    JOIN org_unit u ON u.code = l.code
    JOIN org_unit d ON d.code = l."legacyDistrict"
  ON CONFLICT DO NOTHING`;

function sorted(values: readonly string[]): string[] {
  return [...values].sort();
}

/** Reads one row into the unit it describes, or null when the row has errors. */
function readUnit(reader: RowReader): (UnitFields & { code: string }) | null {
  const code = reader.code('code', UNIT_CODE, true);
  const name = reader.text('name', { required: true, max: 300 });
  const kind = reader.oneOf('kind', ORG_UNIT_KINDS, true);
  const sector = reader.oneOf('sector', SECTORS, true);
  const roles = reader.manyOf('roles', UNIT_ROLES);
  const parent = reader.code('parent', UNIT_CODE, false);
  const abbreviation = reader.text('abbreviation', { max: 30 });
  const validFrom = reader.date('validFrom');
  const validTo = reader.date('validTo');
  const legacyDistrict = reader.code('legacyDistrict', UNIT_CODE, false);
  if (validFrom !== null && validTo !== null && validFrom > validTo) {
    reader.fail('validTo', 'Ngày hết hiệu lực trước ngày có hiệu lực.', 'Valid to is before valid from.');
  }
  if (code !== null && parent === code) {
    reader.fail('parent', 'Đơn vị không thể là cấp trên của chính nó.', 'A unit cannot be its own parent.');
  }
  if (reader.failed || code === null || name === null || kind === null || sector === null || roles === null)
    return null;
  return { code, name, kind, sector, roles, parent, abbreviation, validFrom, validTo, legacyDistrict };
}

export async function planUnits(db: EntityManager, table: Table): Promise<ImportPlan> {
  const sink = new ErrorSink('UNITS', table);
  const storedRows: Array<UnitFields & { code: string }> = await db.query(STORED_SQL);
  const stored = new Map(storedRows.map((unit) => [unit.code, unit]));
  const firstRowOf = new Map<string, number>();
  const read: Array<{ reader: RowReader; unit: (UnitFields & { code: string }) | null }> = [];
  for (const source of table.rows) {
    const reader = new RowReader(source, sink);
    const unit = readUnit(reader);
    const code = unit?.code ?? null;
    if (code !== null) {
      const first = firstRowOf.get(code);
      if (first !== undefined) {
        reader.fail(
          'code',
          `Mã đơn vị “${code}” trùng với dòng ${first}.`,
          `Unit code “${code}” repeats row ${first}.`,
        );
      } else firstRowOf.set(code, reader.row);
    }
    read.push({ reader, unit });
  }
  // References resolve against the database and the file together; the tree must stay a tree.
  const parentOf = new Map<string, string | null>(storedRows.map((unit) => [unit.code, unit.parent]));
  for (const { unit } of read) if (unit) parentOf.set(unit.code, unit.parent);
  for (const { reader, unit } of read) {
    if (!unit) continue;
    for (const [column, code] of [
      ['parent', unit.parent],
      ['legacyDistrict', unit.legacyDistrict],
    ] as const) {
      if (code !== null && !parentOf.has(code)) {
        reader.fail(
          column,
          `Mã đơn vị “${code}” không có trong hệ thống hay trong tệp.`,
          `No unit “${code}” in the system or the file.`,
        );
      }
    }
    const seen = new Set([unit.code]);
    for (let up = unit.parent; up !== null && up !== undefined; up = parentOf.get(up) ?? null) {
      if (seen.has(up)) {
        reader.fail('parent', 'Quan hệ cấp trên tạo thành vòng lặp.', 'The parent links form a loop.');
        break;
      }
      seen.add(up);
    }
  }

  const counter = new Counter(['OrgUnit']);
  const rows: ImportRowOutcome[] = [];
  const creates: UnitWrite[] = [];
  const updates: UnitWrite[] = [];
  for (const { reader, unit } of read) {
    const key = unit?.code ?? String(reader.source.cells.get('code') ?? '');
    if (!unit || reader.failed) {
      rows.push(errorRow(reader.row, key));
      continue;
    }
    const { code, ...fields } = unit;
    const write = {
      ...unit,
      row: reader.row,
      searchText: foldForSearch(`${unit.name} ${unit.abbreviation ?? ''} ${code}`),
    };
    const before = stored.get(code);
    // Roles compare as sets.
    const { action, changes } = classify(before && { ...before, roles: sorted(before.roles) }, {
      ...fields,
      roles: sorted(fields.roles),
    });
    if (action === 'CREATE') creates.push({ ...write, changes });
    else if (action === 'UPDATE') updates.push({ ...write, changes });
    counter.add('OrgUnit', action);
    rows.push({ row: reader.row, key, action, changes });
  }

  return {
    rows,
    errors: sink.errors,
    counts: counter.list(),
    writes: { creates, updates },
    async apply(tx) {
      const created: Array<{ id: number; code: string }> = creates.length
        ? await tx.query(INSERT_SQL, [JSON.stringify(creates)])
        : [];
      const updated = updates.length
        ? returnedRows<{ id: number; code: string }>(await tx.query(UPDATE_SQL, [JSON.stringify(updates)]))
        : [];
      const linked = [...creates, ...updates];
      if (linked.length) {
        await tx.query(LINK_SQL, [JSON.stringify(linked)]);
        await tx.query(SUCCESSOR_SQL, [JSON.stringify(linked.filter((unit) => unit.legacyDistrict !== null))]);
      }
      const idOf = new Map([...created, ...updated].map((unit) => [unit.code, unit.id]));
      return linked.map((unit): AuditRecord => importAudit('OrgUnit', idOf.get(unit.code)!, unit));
    },
  };
}
