import {
  DEFAULT_RATING_SCHEME_CODE,
  RATING_SCHEMES,
  defaultCycleDeadlines,
  foldForSearch,
  type CycleStage,
} from '@nvtt/shared';
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
    `INSERT INTO cadre (code, full_name, birth_year, search_text) VALUES ($1, $2, 1975, $3) RETURNING id`,
    [code, fullName, foldForSearch(fullName)],
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
  description: 'Bàn giao mặt bằng sạch cho nhà đầu tư trong năm 2030.',
  spillOverNote: 'Tạo quỹ đất phát triển du lịch.',
  startsOn: '2030-01-01',
  endsOn: '2030-12-31',
  outputs: [{ name: 'Diện tích mặt bằng bàn giao', unit: 'ha', target: 12.5 }],
  alignments: [{ source: 'NQ09_TW_2022', area: 'INFRASTRUCTURE', referenceText: 'Mục III.2' }],
};

export const TASK_FIELDS = `id state version submittedLate title ordinal availableActions stateReason selfOutcome appraisedOutcome concludedOutcome`;

/**
 * The lifecycle tests' world: cycle 2030 open for registration with its REGISTER deadline passed,
 * two cadres in real wards, and one actor for every role (and a wrong focal agency).
 */
export async function lifecycleWorld(db: DataSource) {
  const cycleId = await createCycle(db, 2030, { REGISTER: '2026-10-30' });
  await routeFocal(db, cycleId, 'PARTY_SECRETARY', 'DU_CQD');
  await routeFocal(db, cycleId, 'PEOPLES_COMMITTEE_CHAIR', 'DU_UBND');
  const cadreA = await createCadre(db, 'TEST-A', 'Nguyễn Văn An', {
    unit: 'P_NHA_TRANG',
    title: 'Bí thư Đảng ủy phường',
    subjectGroup: 'PARTY_SECRETARY',
    startsOn: '2025-07-01',
  });
  const cadreB = await createCadre(db, 'TEST-B', 'Trần Thị Bình', {
    unit: 'P_BAC_NHA_TRANG',
    title: 'Chủ tịch UBND phường',
    subjectGroup: 'PEOPLES_COMMITTEE_CHAIR',
    startsOn: '2025-07-01',
    rotated: true,
  });
  const actors = {
    a: cadreActor(cadreA.id, 'Nguyễn Văn An — Bí thư Đảng ủy phường Nha Trang'),
    b: cadreActor(cadreB.id, 'Trần Thị Bình — Chủ tịch UBND phường Bắc Nha Trang'),
    focal: await agencyActor(db, 'Lê Văn Cường — Đảng ủy các cơ quan Đảng tỉnh', 'DU_CQD', 'FOCAL'),
    wrongFocal: await agencyActor(db, 'Phạm Thị Dung — Đảng ủy UBND tỉnh', 'DU_UBND', 'FOCAL'),
    ubkt: await agencyActor(db, 'Võ Văn Em — Ủy ban Kiểm tra Tỉnh ủy', 'UBKTTU', 'ADVISORY'),
    bnc: await agencyActor(db, 'Đỗ Thị Giang — Ban Nội chính Tỉnh ủy', 'BNCTU', 'ADVISORY'),
    btc: await agencyActor(db, 'Hoàng Văn Hải — Ban Tổ chức Tỉnh ủy', 'BTCTU', 'CONSOLIDATOR'),
    btv: await agencyActor(db, 'Bùi Thị Lan — Ban Thường vụ Tỉnh ủy', 'BTV', 'DECIDER'),
  };
  return { cadreA, cadreB, actors };
}
