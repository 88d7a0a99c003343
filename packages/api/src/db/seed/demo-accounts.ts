import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/secrets.js';

/** One password for every demo account; printed at start and in the README. Never in production. */
export const DEMO_PASSWORD = 'NVTT-demo-2026';

interface DemoAccount {
  readonly username: string;
  readonly role: string;
  readonly displayName?: string;
  readonly memberships?: ReadonlyArray<
    readonly [unitCode: string, role: 'FOCAL' | 'ADVISORY' | 'CONSOLIDATOR' | 'DECIDER']
  >;
  readonly globalRoles?: ReadonlyArray<'VIEWER' | 'ADMIN'>;
  /** A demo cadre: the nth cadre having a 2027 draft (0: first). */
  readonly cadre?: number;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'btv',
    role: 'Thường trực, BTV (quyết định)',
    displayName: 'Hồ Thị Minh Tâm — Phó Bí thư Thường trực Tỉnh ủy',
    memberships: [
      ['TTTU', 'DECIDER'],
      ['BTV', 'DECIDER'],
    ],
  },
  {
    username: 'btc',
    role: 'Ban Tổ chức Tỉnh ủy (tổng hợp, đầu mối)',
    displayName: 'Trần Quốc Bảo — Chuyên viên Ban Tổ chức Tỉnh ủy',
    memberships: [
      ['BTCTU', 'CONSOLIDATOR'],
      ['BTCTU', 'FOCAL'],
    ],
  },
  {
    username: 'daumoi.ubnd',
    role: 'Cơ quan đầu mối: Đảng ủy UBND tỉnh',
    displayName: 'Lê Thị Thu Hà — Đảng ủy UBND tỉnh',
    memberships: [['DU_UBND', 'FOCAL']],
  },
  {
    username: 'daumoi.cqd',
    role: 'Cơ quan đầu mối: Đảng ủy các cơ quan Đảng tỉnh',
    displayName: 'Phạm Văn Khánh — Đảng ủy các cơ quan Đảng tỉnh',
    memberships: [['DU_CQD', 'FOCAL']],
  },
  {
    username: 'thammuu.ubkt',
    role: 'Cơ quan tham mưu: Ủy ban Kiểm tra Tỉnh ủy',
    displayName: 'Nguyễn Thị Lan — Ủy ban Kiểm tra Tỉnh ủy',
    memberships: [['UBKTTU', 'ADVISORY']],
  },
  { username: 'canbo', role: 'Cán bộ (đăng ký, thực hiện nhiệm vụ)', cadre: 0 },
  { username: 'canbo2', role: 'Cán bộ khác', cadre: 1 },
  {
    username: 'xem',
    role: 'Chỉ xem số liệu tổng hợp',
    displayName: 'Đoàn kiểm tra (chỉ xem)',
    globalRoles: ['VIEWER'],
  },
  { username: 'quantri', role: 'Quản trị tài khoản', displayName: 'Quản trị hệ thống', globalRoles: ['ADMIN'] },
];

/** Demo sign-ins for every role, tied to real units and to demo cadres who have a draft to work on. */
export async function loadDemoAccounts(db: EntityManager): Promise<void> {
  const cadres: Array<{ id: number; label: string }> = await db.query(
    `SELECT DISTINCT ON (c.id) c.id, c.full_name || ' — ' || p.title AS label
       FROM cadre c JOIN key_task t ON t.cadre_id = c.id JOIN cycle y ON y.id = t.cycle_id JOIN position p ON p.id = t.position_id
      WHERE y.year = 2027 AND t.state = 'DRAFT' ORDER BY c.id LIMIT 2`,
  );
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const cadre = account.cadre === undefined ? null : (cadres[account.cadre] ?? null);
    const [{ id }] = await db.query(
      `INSERT INTO app_user (username, display_name, password_hash, cadre_id, global_roles, password_changed_at, created_at)
       VALUES ($1, $2, $3, $4, $5, now(), now()) RETURNING id`,
      [
        account.username,
        cadre?.label ?? account.displayName ?? account.username,
        hash,
        cadre?.id ?? null,
        account.globalRoles ?? [],
      ],
    );
    for (const [unitCode, role] of account.memberships ?? []) {
      await db.query(
        `INSERT INTO user_membership (user_id, unit_id, role) SELECT $1, id, $3 FROM org_unit WHERE code = $2`,
        [id, unitCode, role],
      );
    }
  }
}
