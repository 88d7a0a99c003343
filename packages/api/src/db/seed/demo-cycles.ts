import {
  CYCLE_STAGES,
  DEFAULT_CYCLE_RULES,
  DEFAULT_RATING_SCHEME_CODE,
  RATING_SCHEMES,
  codesOf,
  defaultCycleDeadlines,
  type CyclePhase,
} from '@nvtt/shared';
import type { EntityManager } from 'typeorm';

/** The demo's cycles as they stand late in 2026: 2023–2025 closed, 2026 being carried out. */
export const DEMO_CYCLES: ReadonlyArray<{ year: number; phase: CyclePhase }> = [
  { year: 2023, phase: 'CLOSED' },
  { year: 2024, phase: 'CLOSED' },
  { year: 2025, phase: 'CLOSED' },
  { year: 2026, phase: 'IMPLEMENTATION' },
];

export async function loadDemoCycles(db: EntityManager): Promise<void> {
  for (const { year, phase } of DEMO_CYCLES) {
    const rows: Array<{ id: number }> = await db.query(
      `INSERT INTO cycle (year, phase, tasks_per_cadre, max_duration_months, progress_report_day, rating_scheme)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        year,
        phase,
        DEFAULT_CYCLE_RULES.tasksPerCadre,
        DEFAULT_CYCLE_RULES.maxDurationMonths,
        DEFAULT_CYCLE_RULES.progressReportDay,
        JSON.stringify(RATING_SCHEMES[DEFAULT_RATING_SCHEME_CODE]),
      ],
    );
    const cycleId = rows[0]!.id;
    const deadlines = defaultCycleDeadlines(year);
    for (const stage of codesOf(CYCLE_STAGES)) {
      await db.query(`INSERT INTO cycle_deadline (cycle_id, stage, due_on) VALUES ($1, $2, $3)`, [
        cycleId,
        stage,
        deadlines[stage],
      ]);
    }
  }
}
