import { SUBJECT_GROUPS, foldForSearch, type ImportAction, type ImportRowOutcome } from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import type { AuditRecord } from '../../workflow/use-case.js';
import {
  Counter,
  classify,
  errorRow,
  importAudit,
  returnedRows,
  rowAction,
  type ImportPlan,
  type KeyedWrite,
} from './plan.js';
import type { Table } from './read-table.js';
import { ErrorSink, RowReader } from './row-reader.js';
import { UNIT_CODE } from './units.plan.js';

/** The same pattern as the database's check on cadre.code. */
export const CADRE_CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

interface CadreWrite extends KeyedWrite {
  readonly fullName: string;
  readonly birthYear: number | null;
  readonly searchText: string;
}

interface PositionFields {
  readonly subjectGroup: string;
  readonly endsOn: string | null;
  readonly rotated: boolean;
}

interface PositionWrite extends PositionFields {
  /** Stored position's id for an update; null for a new one. */
  readonly id: number | null;
  readonly cadre: string;
  readonly unit: string;
  readonly title: string;
  readonly startsOn: string;
  readonly row: number;
  readonly changes: readonly string[];
}

const CADRES_SQL = `SELECT code, full_name AS "fullName", birth_year AS "birthYear" FROM cadre`;
const UNITS_SQL = `SELECT code FROM org_unit`;
const POSITIONS_SQL = `
  SELECT p.id, c.code AS cadre, u.code AS unit, p.title, p.subject_group AS "subjectGroup",
         p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn", p.rotated
    FROM position p JOIN cadre c ON c.id = p.cadre_id JOIN org_unit u ON u.id = p.unit_id
   ORDER BY p.id`;

const INSERT_CADRES_SQL = `
  INSERT INTO cadre (code, full_name, birth_year, search_text)
  SELECT l.code, l."fullName", l."birthYear", l."searchText"
    FROM jsonb_to_recordset($1::jsonb) AS l(code text, "fullName" text, "birthYear" integer, "searchText" text)
  RETURNING id, code`;
const UPDATE_CADRES_SQL = `
  UPDATE cadre c SET full_name = l."fullName", birth_year = l."birthYear", search_text = l."searchText"
    FROM jsonb_to_recordset($1::jsonb) AS l(code text, "fullName" text, "birthYear" integer, "searchText" text)
   WHERE c.code = l.code
  RETURNING c.id, c.code`;
const INSERT_POSITIONS_SQL = `
  INSERT INTO position (cadre_id, unit_id, title, subject_group, starts_on, ends_on, rotated)
  SELECT c.id, u.id, l.title, l."subjectGroup", l."startsOn"::date, l."endsOn"::date, l.rotated
    FROM jsonb_to_recordset($1::jsonb) AS l(cadre text, unit text, title text, "subjectGroup" text,
         "startsOn" text, "endsOn" text, rotated boolean)
    JOIN cadre c ON c.code = l.cadre JOIN org_unit u ON u.code = l.unit
  RETURNING id, (SELECT code FROM cadre WHERE cadre.id = cadre_id) AS cadre,
            (SELECT code FROM org_unit WHERE org_unit.id = unit_id) AS unit, title, starts_on::text AS "startsOn"`;
const UPDATE_POSITIONS_SQL = `
  UPDATE position p SET subject_group = l."subjectGroup", ends_on = l."endsOn"::date, rotated = l.rotated
    FROM jsonb_to_recordset($1::jsonb) AS l(id integer, "subjectGroup" text, "endsOn" text, rotated boolean)
   WHERE p.id = l.id`;

function positionKey(cadre: string, unit: string, title: string, startsOn: string): string {
  return JSON.stringify([cadre, unit, title, startsOn]);
}

/**
 * Cadres and their posts: one row per post; rows with the same cadre code are one person (their
 * name and birth year must agree). A post is known by cadre, unit, title and start date; its
 * subject group, end date and rotation are updated. Posts absent from the file are left alone.
 */
export async function planCadres(db: EntityManager, table: Table): Promise<ImportPlan> {
  const sink = new ErrorSink('CADRES', table);
  const storedCadres = new Map(
    ((await db.query(CADRES_SQL)) as Array<{ code: string; fullName: string; birthYear: number | null }>).map(
      (cadre) => [cadre.code, cadre],
    ),
  );
  const units = new Set(((await db.query(UNITS_SQL)) as Array<{ code: string }>).map((unit) => unit.code));
  const storedPositions = new Map<string, PositionFields & { id: number }>();
  for (const position of (await db.query(POSITIONS_SQL)) as Array<
    PositionFields & { id: number; cadre: string; unit: string; title: string; startsOn: string }
  >) {
    const key = positionKey(position.cadre, position.unit, position.title, position.startsOn);
    if (!storedPositions.has(key)) storedPositions.set(key, position);
  }

  const people = new Map<string, { row: number; fullName: string; birthYear: number | null }>();
  const positionRows = new Map<string, number>();
  const read: Array<{ reader: RowReader; position: Omit<PositionWrite, 'id' | 'changes'> | null }> = [];
  for (const source of table.rows) {
    const reader = new RowReader(source, sink);
    const code = reader.code('cadreCode', CADRE_CODE, true);
    const fullName = reader.text('fullName', { required: true, max: 120 });
    const birthYear = reader.integer('birthYear', 1940, 2010);
    const unit = reader.code('unitCode', UNIT_CODE, true);
    const title = reader.text('title', { required: true, max: 200 });
    const subjectGroup = reader.oneOf('subjectGroup', SUBJECT_GROUPS, true);
    const startsOn = reader.date('startsOn', true);
    const endsOn = reader.date('endsOn');
    const rotated = reader.flag('rotated');
    if (unit !== null && !units.has(unit)) {
      reader.fail('unitCode', `Mã đơn vị “${unit}” không có trong hệ thống.`, `No unit “${unit}” in the system.`);
    }
    if (startsOn !== null && endsOn !== null && endsOn < startsOn) {
      reader.fail('endsOn', 'Ngày kết thúc trước ngày bắt đầu.', 'Ends before it starts.');
    }
    if (code !== null && fullName !== null) {
      const person = people.get(code);
      if (!person) people.set(code, { row: reader.row, fullName, birthYear });
      else if (
        person.fullName !== fullName ||
        (birthYear !== null && person.birthYear !== null && person.birthYear !== birthYear)
      ) {
        reader.fail(
          'cadreCode',
          `Mã cán bộ “${code}” trùng với dòng ${person.row} nhưng khác họ tên hoặc năm sinh (“${person.fullName}”).`,
          `Cadre code “${code}” repeats row ${person.row} with another name or birth year (“${person.fullName}”).`,
        );
      } else if (person.birthYear === null && birthYear !== null) person.birthYear = birthYear;
    }
    if (code !== null && unit !== null && title !== null && startsOn !== null) {
      const key = positionKey(code, unit, title, startsOn);
      const first = positionRows.get(key);
      if (first !== undefined) {
        reader.fail(null, `Chức vụ trùng với dòng ${first}.`, `The same post as row ${first}.`);
      } else positionRows.set(key, reader.row);
    }
    const complete = code !== null && unit !== null && title !== null && subjectGroup !== null && startsOn !== null;
    read.push({
      reader,
      position: complete
        ? { cadre: code, unit, title, subjectGroup, startsOn, endsOn, rotated, row: reader.row }
        : null,
    });
  }

  const counter = new Counter(['Cadre', 'Position']);
  const rows: ImportRowOutcome[] = [];
  const cadreWrites: CadreWrite[] = [];
  const positionWrites: PositionWrite[] = [];
  const cadreSeen = new Set<string>();
  for (const { reader, position } of read) {
    if (!position || reader.failed) {
      rows.push(errorRow(reader.row, String(reader.source.cells.get('cadreCode') ?? '')));
      continue;
    }
    const actions: Array<Exclude<ImportAction, 'ERROR'>> = [];
    const changes: string[] = [];
    if (!cadreSeen.has(position.cadre)) {
      cadreSeen.add(position.cadre);
      const person = people.get(position.cadre)!;
      const before = storedCadres.get(position.cadre);
      // A blank birth year keeps the stored one.
      const planned = { fullName: person.fullName, birthYear: person.birthYear ?? before?.birthYear ?? null };
      const { action, changes: changed } = classify(before, planned);
      counter.add('Cadre', action);
      actions.push(action);
      changes.push(...changed);
      if (action !== 'UNCHANGED') {
        cadreWrites.push({
          code: position.cadre,
          ...planned,
          searchText: foldForSearch(planned.fullName),
          row: reader.row,
          changes: changed,
        });
      }
    }
    const before = storedPositions.get(positionKey(position.cadre, position.unit, position.title, position.startsOn));
    const planned: PositionFields = {
      subjectGroup: position.subjectGroup,
      endsOn: position.endsOn,
      rotated: position.rotated,
    };
    const { action, changes: changed } = classify(before, planned);
    counter.add('Position', action);
    actions.push(action);
    changes.push(...changed);
    if (action !== 'UNCHANGED') positionWrites.push({ ...position, id: before?.id ?? null, changes: changed });
    rows.push({ row: reader.row, key: position.cadre, action: rowAction(false, actions), changes });
  }

  const cadreCreates = cadreWrites.filter((cadre) => cadre.changes.length === 0);
  const cadreUpdates = cadreWrites.filter((cadre) => cadre.changes.length > 0);
  const positionCreates = positionWrites.filter((position) => position.id === null);
  const positionUpdates = positionWrites.filter((position) => position.id !== null);
  return {
    rows,
    errors: sink.errors,
    counts: counter.list(),
    writes: { cadreWrites, positionWrites },
    async apply(tx) {
      const created: Array<{ id: number; code: string }> = cadreCreates.length
        ? await tx.query(INSERT_CADRES_SQL, [JSON.stringify(cadreCreates)])
        : [];
      const updated = cadreUpdates.length
        ? returnedRows<{ id: number; code: string }>(await tx.query(UPDATE_CADRES_SQL, [JSON.stringify(cadreUpdates)]))
        : [];
      const newPositions: Array<{ id: number; cadre: string; unit: string; title: string; startsOn: string }> =
        positionCreates.length ? await tx.query(INSERT_POSITIONS_SQL, [JSON.stringify(positionCreates)]) : [];
      if (positionUpdates.length) await tx.query(UPDATE_POSITIONS_SQL, [JSON.stringify(positionUpdates)]);
      const cadreId = new Map([...created, ...updated].map((cadre) => [cadre.code, cadre.id]));
      const audit: AuditRecord[] = cadreWrites.map((cadre) => importAudit('Cadre', cadreId.get(cadre.code)!, cadre));
      const positionId = new Map(
        newPositions.map((position) => [
          positionKey(position.cadre, position.unit, position.title, position.startsOn),
          position.id,
        ]),
      );
      for (const position of positionCreates) {
        audit.push({
          entityType: 'Position',
          entityId: positionId.get(positionKey(position.cadre, position.unit, position.title, position.startsOn))!,
          action: 'CREATE',
          data: { source: 'IMPORT', row: position.row, cadre: position.cadre },
        });
      }
      for (const position of positionUpdates) {
        audit.push({
          entityType: 'Position',
          entityId: position.id!,
          action: 'UPDATE',
          data: { source: 'IMPORT', row: position.row, cadre: position.cadre, changes: position.changes },
        });
      }
      return audit;
    },
  };
}
