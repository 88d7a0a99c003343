import type { Actor } from '../../src/auth/actor.js';
import { toGlobalId } from '../../src/graphql/relay.js';
import type { TestApp } from './test-app.js';

/** The people around one task being carried out: its cadre and focal agency, and outsiders to both. */
export interface EvidenceWorld {
  readonly taskId: number;
  readonly taskGid: string;
  readonly actors: Readonly<Record<'cadre' | 'otherCadre' | 'focal' | 'otherFocal', Actor>>;
}

const TASK_SQL = `SELECT id, cadre_id, focal_unit_id FROM key_task WHERE state = 'IN_PROGRESS' ORDER BY id LIMIT 1`;
const OTHER_FOCAL_SQL = `SELECT id FROM org_unit WHERE 'FOCAL' = ANY(roles) AND id <> $1 ORDER BY id LIMIT 1`;
const OTHER_CADRE_SQL = 'SELECT DISTINCT cadre_id FROM key_task WHERE cadre_id <> $1 ORDER BY cadre_id LIMIT 1';

/** The demo's first task in progress (evidence may be added and verified) and who acts on it. */
export async function evidenceWorld(app: TestApp): Promise<EvidenceWorld> {
  const [task] = await app.dataSource.query(TASK_SQL);
  const [otherFocal] = await app.dataSource.query(OTHER_FOCAL_SQL, [task.focal_unit_id]);
  const [otherCadre] = await app.dataSource.query(OTHER_CADRE_SQL, [task.cadre_id]);
  return {
    taskId: task.id,
    taskGid: toGlobalId('KeyTask', task.id),
    actors: {
      cadre: { userId: 'c', label: 'Cán bộ thực hiện', cadreId: task.cadre_id, memberships: [] },
      otherCadre: { userId: 'o', label: 'Cán bộ khác', cadreId: otherCadre.cadre_id, memberships: [] },
      focal: {
        userId: 'f',
        label: 'Chuyên viên cơ quan đầu mối',
        cadreId: null,
        memberships: [{ unitId: task.focal_unit_id, role: 'FOCAL' }],
      },
      otherFocal: {
        userId: 'g',
        label: 'Cơ quan khác',
        cadreId: null,
        memberships: [{ unitId: otherFocal.id, role: 'FOCAL' }],
      },
    },
  };
}
