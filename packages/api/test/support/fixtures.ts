import { DEFAULT_RATING_SCHEME_CODE, RATING_SCHEMES, defaultCycleDeadlines, type CycleStage } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../src/auth/actor.js';
import { toGlobalId } from '../../src/graphql/relay.js';

export async function unitId(db: DataSource, code: string): Promise<number> {
  const [row] = await db.query('SELECT id FROM org_unit WHERE code = $1', [code]);
  if (!row) throw new Error(`no unit ${code}`);
  return row.id;
}

/** A cycle with the default calendar of `year`, optionally with some deadlines moved. */
export async function createCycle(
  db: DataSource,
  year: number,
  overrides: Partial<Record<CycleStage, string>> = {},
): Promise<number> {
  const [{ id }] = await db.query(
    `INSERT INTO cycle (year, phase, tasks_per_cadre, max_duration_months, progress_report_day, rating_scheme)
     VALUES ($1, 'REGISTRATION', 3, 12, 25, $2) RETURNING id`,
    [year, JSON.stringify(RATING_SCHEMES[DEFAULT_RATING_SCHEME_CODE])],
  );
  for (const [stage, dueOn] of Object.entries({ ...defaultCycleDeadlines(year), ...overrides })) {
    await db.query('INSERT INTO cycle_deadline (cycle_id, stage, due_on) VALUES ($1, $2, $3)', [id, stage, dueOn]);
  }
  return id;
}

export async function routeFocal(
  db: DataSource,
  cycleId: number,
  subjectGroup: string,
  focalCode: string,
): Promise<void> {
  await db.query('INSERT INTO focal_agency_rule (cycle_id, subject_group, focal_unit_id) VALUES ($1, $2, $3)', [
    cycleId,
    subjectGroup,
    await unitId(db, focalCode),
  ]);
}

export async function createCadre(
  db: DataSource,
  code: string,
  fullName: string,
  post: { unit: string; title: string; subjectGroup: string; startsOn: string; rotated?: boolean },
): Promise<{ id: number; gid: string }> {
  const [{ id }] = await db.query(
    `INSERT INTO cadre (code, full_name, birth_year, search_text) VALUES ($1, $2, 1975, lower($2)) RETURNING id`,
    [code, fullName],
  );
  await db.query(
    `INSERT INTO position (cadre_id, unit_id, title, subject_group, starts_on, rotated) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, await unitId(db, post.unit), post.title, post.subjectGroup, post.startsOn, post.rotated ?? false],
  );
  return { id, gid: toGlobalId('Cadre', id) };
}

export function cadreActor(cadreId: number, label: string): Actor {
  return { userId: `cadre-${cadreId}`, label, cadreId, memberships: [] };
}

export async function agencyActor(
  db: DataSource,
  label: string,
  unitCode: string,
  role: 'FOCAL' | 'ADVISORY' | 'CONSOLIDATOR' | 'DECIDER',
): Promise<Actor> {
  return {
    userId: `${unitCode}-${role}`,
    label,
    cadreId: null,
    memberships: [{ unitId: await unitId(db, unitCode), role }],
  };
}

export const VALID_DRAFT = {
  title: 'Hoàn thành giải phóng mặt bằng tuyến đường ven biển Phạm Văn Đồng',
  description: 'Bàn giao mặt bằng sạch cho nhà đầu tư trong năm 2027.',
  spillOverNote: 'Tạo quỹ đất phát triển du lịch.',
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  outputs: [{ name: 'Diện tích mặt bằng bàn giao', unit: 'ha', target: 12.5 }],
  alignments: [{ source: 'NQ09_TW_2022', area: 'INFRASTRUCTURE', referenceText: 'Mục III.2' }],
};

export const TASK_FIELDS = `id state version submittedLate title ordinal availableActions stateReason selfOutcome appraisedOutcome concludedOutcome`;
