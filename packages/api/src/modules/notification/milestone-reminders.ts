import {
  MILESTONE_TRACKED_STATES,
  REMINDER_LINKS,
  daysBetween,
  reminderKeys,
  type LocalDate,
  type ReminderPolicy,
} from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import { toGlobalId } from '../../graphql/relay.js';
import type { NewNotification } from './notification-store.js';
import { milestoneEscalationText, milestoneText } from './reminder-texts.js';

/** Milestones past due and not done, of tasks under way in an open cycle, for the cadre's own account. */
const OVERDUE_SQL = `
  SELECT m.id, m.due_on::text AS "dueOn", m.period_label AS "periodLabel", t.id AS "taskId",
         t.title AS "taskTitle", u.id AS "userId"
    FROM milestone m
    JOIN key_task t ON t.id = m.key_task_id
    JOIN cycle y ON y.id = t.cycle_id AND y.phase NOT IN ('PREPARING', 'CLOSED')
    JOIN app_user u ON u.cadre_id = t.cadre_id AND NOT u.disabled
   WHERE m.done_on IS NULL AND m.due_on < $1::date AND t.state = ANY($2::text[])
   ORDER BY m.id, u.id`;

/**
 * The same milestones once the escalation delay has passed, for the heads of the focal agency
 * following the cadres: one group per agency and due date (quarter and month ends gather many),
 * so a head gets one notice per date rather than one per milestone.
 */
const ESCALATION_SQL = `
  SELECT h.user_id AS "userId", t.focal_unit_id AS "unitId", o.name AS "unitName", m.due_on::text AS "dueOn",
         count(*)::int AS milestones, count(DISTINCT t.cadre_id)::int AS cadres,
         (array_agg(DISTINCT c.full_name))[1:3] AS "cadreNames"
    FROM milestone m
    JOIN key_task t ON t.id = m.key_task_id
    JOIN cycle y ON y.id = t.cycle_id AND y.phase NOT IN ('PREPARING', 'CLOSED')
    JOIN cadre c ON c.id = t.cadre_id
    JOIN org_unit o ON o.id = t.focal_unit_id
    JOIN user_membership h ON h.head AND h.unit_id = t.focal_unit_id
    JOIN app_user u ON u.id = h.user_id AND NOT u.disabled
   WHERE m.done_on IS NULL AND m.due_on <= $1::date - $3::int AND t.state = ANY($2::text[])
   GROUP BY h.user_id, t.focal_unit_id, o.name, m.due_on
   ORDER BY 1, 2, 4`;

interface OverdueRow {
  readonly id: number;
  readonly dueOn: LocalDate;
  readonly periodLabel: string;
  readonly taskId: number;
  readonly taskTitle: string;
  readonly userId: number;
}

interface EscalationRow {
  readonly userId: number;
  readonly unitId: number;
  readonly unitName: string;
  readonly dueOn: LocalDate;
  readonly milestones: number;
  readonly cadres: number;
  readonly cadreNames: string[];
}

/** Overdue milestone reminders due on `today`: to the cadre the day after, to heads after the delay. */
export async function dueMilestoneReminders(
  db: EntityManager,
  today: LocalDate,
  policy: ReminderPolicy,
): Promise<NewNotification[]> {
  const states = [...MILESTONE_TRACKED_STATES];
  const overdue: OverdueRow[] = await db.query(OVERDUE_SQL, [today, states]);
  const escalations: EscalationRow[] = await db.query(ESCALATION_SQL, [
    today,
    states,
    Math.max(1, policy.escalateAfterDays),
  ]);
  return [
    ...overdue.map((row) => ({
      ...milestoneText(row, daysBetween(row.dueOn, today)),
      recipientUserId: row.userId,
      link: `/tasks/${toGlobalId('KeyTask', row.taskId)}`,
      dedupeKey: reminderKeys.milestone(row.id, row.dueOn),
    })),
    ...escalations.map((row) => ({
      ...milestoneEscalationText(row, daysBetween(row.dueOn, today)),
      recipientUserId: row.userId,
      link: REMINDER_LINKS.FOCAL,
      dedupeKey: reminderKeys.milestoneEscalation(row.unitId, row.dueOn),
    })),
  ];
}
