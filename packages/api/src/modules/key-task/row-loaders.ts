import DataLoader from 'dataloader';
import type { KeyTaskOutcome, OrgUnitKind, Sector, UnitRole } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { MilestoneEntity, MilestonePeriodKind } from '../milestone/milestone.entity.js';
import type { OpinionEntity, OpinionVerdict, ReviewStage } from '../opinion/opinion.entity.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';

/**
 * Milestones and opinions of a batch of tasks, read with plain SQL and built property by property.
 * A drill-down page loads hundreds to a couple of thousand of these rows; TypeORM's hydration
 * (aliasing every column, then matching and transforming each raw row into its entity) was the
 * largest single cost of our layer on those pages (docs/performance.md, sixth pass). The rows are
 * the same entities as before: same columns, same order, dates as `YYYY-MM-DD` strings (the DATE
 * parser of db/data-source.ts), timestamps as Date.
 */

const MILESTONES_OF_TASKS = `SELECT id, key_task_id, period_kind, period_label, due_on, expected_output, done_on
  FROM milestone WHERE key_task_id = ANY($1::int[]) ORDER BY due_on ASC, id ASC`;

interface MilestoneRow {
  id: number;
  key_task_id: number;
  period_kind: MilestonePeriodKind;
  period_label: string;
  due_on: string;
  expected_output: string;
  done_on: string | null;
}

const OPINIONS_OF_TASKS = `SELECT o.id, o.key_task_id, o.stage, o.agency_unit_id, o.author_label, o.verdict,
    o.proposed_outcome, o.text, o.submitted_at, o.late,
    u.id AS u_id, u.code AS u_code, u.name AS u_name, u.kind AS u_kind, u.sector AS u_sector, u.roles AS u_roles,
    u.abbreviation AS u_abbreviation, u.parent_id AS u_parent_id, u.legacy_district_id AS u_legacy_district_id,
    u.valid_from AS u_valid_from, u.valid_to AS u_valid_to, u.search_text AS u_search_text
  FROM opinion o LEFT JOIN org_unit u ON u.id = o.agency_unit_id
  WHERE o.key_task_id = ANY($1::int[]) ORDER BY o.submitted_at ASC, o.id ASC`;

interface OpinionRow {
  id: number;
  key_task_id: number;
  stage: ReviewStage;
  agency_unit_id: number;
  author_label: string;
  verdict: OpinionVerdict;
  proposed_outcome: KeyTaskOutcome | null;
  text: string;
  submitted_at: Date;
  late: boolean;
  u_id: number | null;
  u_code: string;
  u_name: string;
  u_kind: OrgUnitKind;
  u_sector: Sector;
  u_roles: UnitRole[];
  u_abbreviation: string | null;
  u_parent_id: number | null;
  u_legacy_district_id: number | null;
  u_valid_from: string | null;
  u_valid_to: string | null;
  u_search_text: string;
}

/** Rows grouped by task, in the order read, one list per id asked (empty when none). */
export function groupByTask<T extends { keyTaskId: number }>(ids: readonly number[], rows: readonly T[]): T[][] {
  const byTask = new Map<number, T[]>();
  for (const id of ids) byTask.set(id, []);
  for (const row of rows) byTask.get(row.keyTaskId)?.push(row);
  return ids.map((id) => byTask.get(id) ?? []);
}

export function milestonesByTaskLoader(db: DataSource): DataLoader<number, MilestoneEntity[]> {
  return new DataLoader<number, MilestoneEntity[]>(async (ids) => {
    const rows = (await db.query(MILESTONES_OF_TASKS, [[...ids]])) as MilestoneRow[];
    const milestones = rows.map((row): MilestoneEntity => ({
      id: row.id,
      keyTaskId: row.key_task_id,
      periodKind: row.period_kind,
      periodLabel: row.period_label,
      dueOn: row.due_on,
      expectedOutput: row.expected_output,
      doneOn: row.done_on,
    }));
    return groupByTask(ids, milestones);
  });
}

/** Opinions by task, each with its agency's unit read in the same statement and primed into the unit loader. */
export function opinionsByTaskLoader(
  db: DataSource,
  primeUnit: (unit: OrgUnitEntity) => void,
): DataLoader<number, OpinionEntity[]> {
  return new DataLoader<number, OpinionEntity[]>(async (ids) => {
    const rows = (await db.query(OPINIONS_OF_TASKS, [[...ids]])) as OpinionRow[];
    const units = new Map<number, OrgUnitEntity>();
    const opinions = rows.map((row): OpinionEntity => {
      if (row.u_id !== null && !units.has(row.u_id)) {
        units.set(row.u_id, {
          id: row.u_id,
          code: row.u_code,
          name: row.u_name,
          kind: row.u_kind,
          sector: row.u_sector,
          roles: row.u_roles,
          abbreviation: row.u_abbreviation,
          parentId: row.u_parent_id,
          legacyDistrictId: row.u_legacy_district_id,
          validFrom: row.u_valid_from,
          validTo: row.u_valid_to,
          searchText: row.u_search_text,
        });
      }
      return {
        id: row.id,
        keyTaskId: row.key_task_id,
        stage: row.stage,
        agencyUnitId: row.agency_unit_id,
        authorLabel: row.author_label,
        verdict: row.verdict,
        proposedOutcome: row.proposed_outcome,
        text: row.text,
        submittedAt: row.submitted_at,
        late: row.late,
      };
    });
    // The agency's name is nearly always shown with the statement: no second round trip for it.
    for (const unit of units.values()) primeUnit(unit);
    return groupByTask(ids, opinions);
  });
}
