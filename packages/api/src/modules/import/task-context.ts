import type { AlignmentArea, AlignmentSource, CyclePhase, KeyTaskState } from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import type { TaskGroup } from './task-rows.js';

/** A stored task in the shape a planned draft is compared in (field order matters: JSON). */
export interface StoredTask {
  readonly id: number;
  readonly ordinal: number;
  readonly state: KeyTaskState;
  readonly title: string;
  readonly description: string;
  readonly spillOverNote: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly multiYear: boolean;
  readonly outputs: ReadonlyArray<{ name: string; unit: string | null; target: number | null; dueOn: string | null }>;
  readonly alignments: ReadonlyArray<{ source: AlignmentSource; area: AlignmentArea | null; referenceText: string }>;
}

interface CycleRow {
  readonly id: number;
  readonly year: number;
  readonly phase: CyclePhase;
  readonly tasksPerCadre: number;
}

interface PositionRow {
  readonly id: number;
  readonly cadreId: number;
  readonly unit: string;
  readonly subjectGroup: string;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly rotated: boolean;
}

const CADRES_SQL = `SELECT id, code FROM cadre WHERE code = ANY($1)`;
const CYCLES_SQL = `SELECT id, year, phase, tasks_per_cadre AS "tasksPerCadre" FROM cycle WHERE year = ANY($1)`;
const POSITIONS_SQL = `
  SELECT p.id, p.cadre_id AS "cadreId", u.code AS unit, p.subject_group AS "subjectGroup",
         p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn", p.rotated
    FROM position p JOIN org_unit u ON u.id = p.unit_id
   WHERE p.cadre_id = ANY($1)
   ORDER BY p.rotated, p.id`;
const RULES_SQL = `SELECT cycle_id AS "cycleId", subject_group AS "subjectGroup", focal_unit_id AS "focalUnitId"
  FROM focal_agency_rule WHERE cycle_id = ANY($1)`;
const TASKS_SQL = `
  SELECT t.id, t.cycle_id AS "cycleId", t.cadre_id AS "cadreId", t.ordinal, t.state, t.title, t.description,
         t.spill_over_note AS "spillOverNote", t.starts_on::text AS "startsOn", t.ends_on::text AS "endsOn",
         t.multi_year AS "multiYear",
         (SELECT coalesce(json_agg(json_build_object('name', o.name, 'unit', o.unit, 'target', o.target, 'dueOn', o.due_on)
                 ORDER BY o.ordinal), '[]') FROM output_product o WHERE o.key_task_id = t.id) AS outputs,
         (SELECT coalesce(json_agg(json_build_object('source', a.source, 'area', a.area, 'referenceText', a.reference_text)
                 ORDER BY a.id), '[]') FROM alignment a WHERE a.key_task_id = t.id) AS alignments
    FROM key_task t WHERE t.cadre_id = ANY($1) AND t.cycle_id = ANY($2)`;

/** What planning tasks needs from the database, read in a handful of statements. */
export async function loadTaskContext(db: EntityManager, groups: readonly TaskGroup[], today: string) {
  const cadreRows: Array<{ id: number; code: string }> = await db.query(CADRES_SQL, [
    [...new Set(groups.map((g) => g.cadre))],
  ]);
  const cycleRows: CycleRow[] = await db.query(CYCLES_SQL, [[...new Set(groups.map((g) => g.year))]]);
  const cadreIds = cadreRows.map((cadre) => cadre.id);
  const cycleIds = cycleRows.map((cycle) => cycle.id);
  const positions: PositionRow[] = await db.query(POSITIONS_SQL, [cadreIds]);
  const rules: Array<{ cycleId: number; subjectGroup: string; focalUnitId: number }> = await db.query(RULES_SQL, [
    cycleIds,
  ]);
  const taskRows: Array<StoredTask & { cycleId: number; cadreId: number }> = await db.query(TASKS_SQL, [
    cadreIds,
    cycleIds,
  ]);
  const cadres = new Map(cadreRows.map((cadre) => [cadre.code, cadre]));
  const cycles = new Map(cycleRows.map((cycle) => [cycle.year, cycle]));
  const tasks = new Map(
    taskRows.map((task) => {
      const { cycleId, cadreId, ...stored } = task;
      const outputs = stored.outputs.map((output) => ({
        ...output,
        target: output.target === null ? null : Number(output.target),
      }));
      return [`${cycleId}:${cadreId}:${task.ordinal}`, { ...stored, outputs, cycleId, cadreId }] as const;
    }),
  );
  return {
    cadres,
    cycles,
    tasks,
    focalRules: new Map(rules.map((rule) => [`${rule.cycleId}:${rule.subjectGroup}`, rule.focalUnitId])),
    /** The post a new task is registered under: the one in the unit named, else the current one. */
    positionFor(cadreId: number, unit: string | null): PositionRow | null {
      const own = positions.filter((position) => position.cadreId === cadreId);
      if (unit !== null) {
        return (
          own.filter((position) => position.unit === unit).sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0] ??
          null
        );
      }
      return (
        own.find((position) => position.startsOn <= today && (position.endsOn === null || position.endsOn >= today)) ??
        null
      );
    },
    /** How many tasks still counting the cadre would have in the cycle after the import. */
    countedOrdinals(cycleId: number, cadreId: number, all: readonly TaskGroup[]): number {
      const cycle = cycleRows.find((row) => row.id === cycleId)!;
      const code = cadreRows.find((row) => row.id === cadreId)!.code;
      const ordinals = new Set(
        taskRows
          .filter(
            (task) =>
              task.cycleId === cycleId &&
              task.cadreId === cadreId &&
              task.state !== 'WITHDRAWN' &&
              task.state !== 'REJECTED',
          )
          .map((task) => task.ordinal),
      );
      // Numbers beyond the cycle's count are reported on their own rows.
      for (const group of all) {
        if (group.cadre === code && group.year === cycle.year && group.ordinal <= cycle.tasksPerCadre) {
          ordinals.add(group.ordinal);
        }
      }
      return ordinals.size;
    },
  };
}
