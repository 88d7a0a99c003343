import type { KeyTaskState } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { createCadre, createCycle, routeFocal, unitId } from './fixtures.js';

/**
 * A cycle of its own for reminder tests, alone among open cycles, with the only accounts that may
 * still sign in: two cadres (A followed by DU_CQD, B by DU_UBND), a reviewer and the head of DU_CQD,
 * a reviewer of DU_UBND, an advisory reviewer (UBKTTU), BTC and BTV. Every account has an address.
 */
export async function reminderWorld(db: DataSource, year: number) {
  await db.query(`UPDATE cycle SET phase = 'CLOSED'`);
  await db.query(`UPDATE app_user SET disabled = true`);
  const cycleId = await createCycle(db, year);
  await routeFocal(db, cycleId, 'PARTY_SECRETARY', 'DU_CQD');
  await routeFocal(db, cycleId, 'PEOPLES_COMMITTEE_CHAIR', 'DU_UBND');
  const cadreA = await createCadre(db, `R${year}-A`, 'Nguyễn Văn An', {
    unit: 'P_NHA_TRANG',
    title: 'Bí thư Đảng ủy phường',
    subjectGroup: 'PARTY_SECRETARY',
    startsOn: '2025-07-01',
  });
  const cadreB = await createCadre(db, `R${year}-B`, 'Trần Thị Bình', {
    unit: 'P_BAC_NHA_TRANG',
    title: 'Chủ tịch UBND phường',
    subjectGroup: 'PEOPLES_COMMITTEE_CHAIR',
    startsOn: '2025-07-01',
  });
  const user = async (
    name: string,
    cadreId: number | null,
    memberships: Array<[code: string, role: string, head?: boolean]> = [],
  ): Promise<number> => {
    const [{ id }] = await db.query(
      `INSERT INTO app_user (username, display_name, password_hash, cadre_id, email, password_changed_at, created_at)
       VALUES ($1, $2, '$argon2id$v=19$m=65536,t=3,p=1$x$y', $3, $4, now(), now()) RETURNING id`,
      [`${name}-${year}`, `${name} ${year}`, cadreId, `${name}-${year}@example.org`],
    );
    for (const [code, role, head] of memberships) {
      await db.query(`INSERT INTO user_membership (user_id, unit_id, role, head) VALUES ($1, $2, $3, $4)`, [
        id,
        await unitId(db, code),
        role,
        head ?? false,
      ]);
    }
    return id;
  };
  const users = {
    a: await user('canbo-a', cadreA.id),
    b: await user('canbo-b', cadreB.id),
    cqd: await user('daumoi-cqd', null, [['DU_CQD', 'FOCAL']]),
    cqdHead: await user('truong-cqd', null, [['DU_CQD', 'FOCAL', true]]),
    ubnd: await user('daumoi-ubnd', null, [['DU_UBND', 'FOCAL']]),
    ubkt: await user('thammuu-ubkt', null, [['UBKTTU', 'ADVISORY']]),
    btc: await user('btc', null, [['BTCTU', 'CONSOLIDATOR']]),
    btv: await user('btv', null, [
      ['BTV', 'DECIDER'],
      ['TTTU', 'DECIDER'],
    ]),
  };
  const units = { cqd: await unitId(db, 'DU_CQD'), ubnd: await unitId(db, 'DU_UBND') };
  const task = async (cadre: 'A' | 'B', ordinal: number, state: KeyTaskState): Promise<number> => {
    const cadreId = cadre === 'A' ? cadreA.id : cadreB.id;
    const [{ id }] = await db.query(
      `INSERT INTO key_task (cycle_id, cadre_id, position_id, focal_unit_id, ordinal, title, state)
       SELECT $1, $2, p.id, $3, $4, $5, $6 FROM position p WHERE p.cadre_id = $2 RETURNING id`,
      [cycleId, cadreId, cadre === 'A' ? units.cqd : units.ubnd, ordinal, `Nhiệm vụ ${cadre}${ordinal}`, state],
    );
    return id;
  };
  return { cycleId, cadreA, cadreB, users, units, task };
}

export interface NotificationSeen {
  readonly kind: string;
  readonly key: string;
  readonly link: string;
  readonly titleVi: string;
  readonly bodyVi: string;
  readonly bodyEn: string;
}

/** A user's notifications, oldest first. */
export async function notificationsOf(db: DataSource, userId: number): Promise<NotificationSeen[]> {
  return db.query(
    `SELECT kind, dedupe_key AS key, link, title_vi AS "titleVi", body_vi AS "bodyVi", body_en AS "bodyEn"
       FROM notification WHERE recipient_user_id = $1 ORDER BY id`,
    [userId],
  );
}

export async function keysOf(db: DataSource, userId: number): Promise<string[]> {
  return (await notificationsOf(db, userId)).map((row) => row.key);
}
