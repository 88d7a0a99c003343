import {
  FUNNEL_STEPS,
  FUNNEL_STEP_STATES,
  STAGE_ACTORS,
  codesOf,
  formatLocalDate,
  isoWeekOf,
  reminderKeys,
  type LocalDate,
  type StageActor,
} from '@nvtt/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { FunnelService, type BacklogRow, type StateCount } from '../analytics/funnel.service.js';
import type { NewNotification } from './notification-store.js';

/** Cycles worth a digest: those under way (not being prepared, not closed), newest first. */
const OPEN_CYCLES = `SELECT year FROM cycle WHERE phase NOT IN ('PREPARING', 'CLOSED') ORDER BY year DESC`;
/** The decision body's members (Thường trực, BTV) who may still sign in. */
const DECIDERS = `
  SELECT DISTINCT m.user_id AS "userId" FROM user_membership m JOIN app_user u ON u.id = m.user_id
   WHERE m.role = 'DECIDER' AND NOT u.disabled ORDER BY 1`;

export interface CycleDigest {
  readonly year: number;
  readonly steps: ReadonlyArray<{ readonly step: keyof typeof FUNNEL_STEPS; readonly tasks: number }>;
  readonly waits: ReadonlyArray<{ readonly actor: StageActor; readonly waiting: number; readonly overdue: number }>;
}

/** The funnel of a cycle and who holds it up, from the same queries as the dashboard's funnel. */
function summarise(year: number, counts: readonly StateCount[], backlog: readonly BacklogRow[]): CycleDigest {
  const steps = codesOf(FUNNEL_STEPS).map((step) => ({
    step,
    tasks: counts
      .filter((count) => FUNNEL_STEP_STATES[step].includes(count.state))
      .reduce((sum, count) => sum + count.tasks, 0),
  }));
  const waits = codesOf(STAGE_ACTORS).map((actor) => {
    const rows = backlog.filter((row) => row.actor === actor);
    return {
      actor,
      waiting: rows.reduce((sum, row) => sum + row.waiting, 0),
      overdue: rows.reduce((sum, row) => sum + row.overdue, 0),
    };
  });
  return { year, steps, waits };
}

function digestBody(digests: readonly CycleDigest[], locale: 'vi' | 'en'): string {
  if (digests.length === 0) {
    return locale === 'vi' ? 'Không có kỳ nào đang triển khai.' : 'No cycle is under way.';
  }
  return digests
    .map((digest) => {
      const head = locale === 'vi' ? `Kỳ ${digest.year}` : `${digest.year} cycle`;
      const steps = digest.steps.map((row) => `- ${FUNNEL_STEPS[row.step][locale]}: ${row.tasks}`);
      const waits = digest.waits
        .filter((row) => row.waiting > 0)
        .map((row) =>
          locale === 'vi'
            ? `- Chờ ${STAGE_ACTORS[row.actor].vi}: ${row.waiting} (quá hạn ${row.overdue})`
            : `- Waiting for ${STAGE_ACTORS[row.actor].en}: ${row.waiting} (${row.overdue} overdue)`,
        );
      return [head, ...steps, ...waits].join('\n');
    })
    .join('\n\n');
}

export async function cycleDigests(dataSource: DataSource, today: LocalDate): Promise<CycleDigest[]> {
  const funnel = new FunnelService(dataSource);
  const cycles: Array<{ year: number }> = await dataSource.query(OPEN_CYCLES);
  const out: CycleDigest[] = [];
  for (const { year } of cycles) {
    const [counts, backlog] = await Promise.all([
      funnel.stateCounts(year, { kind: 'all' }),
      funnel.backlog(year, { kind: 'all' }, today),
    ]);
    out.push(summarise(year, counts, backlog));
  }
  return out;
}

/** One digest a week per member of the decision body; the ISO week is in its dedupe key. */
export async function digestNotifications(
  db: EntityManager,
  digests: readonly CycleDigest[],
  today: LocalDate,
): Promise<NewNotification[]> {
  const week = isoWeekOf(today);
  const date = formatLocalDate(today);
  const overdue = digests.reduce((sum, digest) => sum + digest.waits.reduce((s, row) => s + row.overdue, 0), 0);
  const recipients: Array<{ userId: number }> = await db.query(DECIDERS);
  return recipients.map(({ userId }) => ({
    kind: 'WEEKLY_DIGEST',
    titleVi: `Tổng hợp tuần ${week.slice(-2)} (${date}): ${overdue} việc quá hạn`,
    titleEn: `Weekly digest, week ${week.slice(-2)} (${date}): ${overdue} overdue`,
    bodyVi: digestBody(digests, 'vi'),
    bodyEn: digestBody(digests, 'en'),
    recipientUserId: userId,
    link: '/dashboard',
    dedupeKey: reminderKeys.digest(week),
  }));
}
