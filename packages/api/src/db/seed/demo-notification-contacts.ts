import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/secrets.js';
import { DEMO_PASSWORD } from './demo-accounts.js';

/**
 * Demo e-mail addresses and agency heads, so that reminders have somewhere to go and escalations
 * someone to reach. Addresses are in example.org (RFC 2606): never deliverable.
 */

interface DemoHead {
  readonly username: string;
  readonly displayName: string;
  readonly unitCode: string;
  readonly roles: ReadonlyArray<'FOCAL' | 'ADVISORY' | 'CONSOLIDATOR'>;
}

/** Heads (thủ trưởng) of the demo agencies; the demo accounts above are their reviewers. */
export const DEMO_HEADS: readonly DemoHead[] = [
  {
    username: 'truong.ubnd',
    displayName: 'Võ Thành Nhân — Phó Bí thư Thường trực Đảng ủy UBND tỉnh',
    unitCode: 'DU_UBND',
    roles: ['FOCAL'],
  },
  {
    username: 'truong.ubkt',
    displayName: 'Đặng Thị Hồng Nhung — Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
    unitCode: 'UBKTTU',
    roles: ['ADVISORY'],
  },
  {
    username: 'truong.btc',
    displayName: 'Lương Văn Sơn — Trưởng Ban Tổ chức Tỉnh ủy',
    unitCode: 'BTCTU',
    roles: ['CONSOLIDATOR', 'FOCAL'],
  },
];

const EMAIL_DOMAIN = 'example.org';

export async function loadDemoNotificationContacts(db: EntityManager): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const head of DEMO_HEADS) {
    const [{ id }] = await db.query(
      `INSERT INTO app_user (username, display_name, password_hash, password_changed_at, created_at)
       VALUES ($1, $2, $3, now(), now()) RETURNING id`,
      [head.username, head.displayName, hash],
    );
    for (const role of head.roles) {
      await db.query(
        `INSERT INTO user_membership (user_id, unit_id, role, head) SELECT $1, id, $3, true FROM org_unit WHERE code = $2`,
        [id, head.unitCode, role],
      );
    }
  }
  // Every demo account gets an address; the viewer and the administrator receive no reminders anyway.
  await db.query(`UPDATE app_user SET email = replace(username, '.', '-') || '@' || $1 WHERE email IS NULL`, [
    EMAIL_DOMAIN,
  ]);
}
