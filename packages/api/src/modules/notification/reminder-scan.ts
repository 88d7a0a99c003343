import {
  REMINDER_LINKS,
  WAITS,
  daysBetween,
  deadlineReminderDue,
  escalationDue,
  reminderKeys,
  type CycleStage,
  type LocalDate,
  type ReminderPolicy,
  type StageActor,
} from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import { dueMilestoneReminders } from './milestone-reminders.js';
import { deadlineText, escalationText } from './reminder-texts.js';
import type { NewNotification } from './notification-store.js';

/**
 * Every task of an open cycle that waits for someone at a dated stage (shared WAITS, so the same
 * rules as the funnel), with the deadline that applies to it — the stage's date moved by any
 * extension for the cadre (cadre stages) or the agency (agency stages) — and the people to remind:
 * the cadre's own account, the members of the focal, advisory or consolidating agency in that role,
 * the decision body's members; and, as HEAD rows, the heads of the agency answerable for the wait
 * (for a cadre's wait, the focal agency that follows the cadre). Advisory agencies owe an opinion
 * each, as in the funnel. Grouped per person, stage and deadline: one reminder counts the tasks.
 */
const WAITING_SQL = `
  WITH waits AS (
    SELECT * FROM unnest($2::text[], $3::text[], $4::text[]) AS w(state, actor, stage) WHERE stage IS NOT NULL
  ), tasks AS (
    SELECT t.id, t.cycle_id, c.year, t.cadre_id, t.state, t.focal_unit_id
      FROM key_task t JOIN cycle c ON c.id = t.cycle_id
     WHERE c.phase NOT IN ('PREPARING', 'CLOSED')
  ), waiting AS (
    SELECT t.cycle_id, t.year, w.actor, w.stage, t.id AS task_id, t.cadre_id,
           CASE w.actor
             WHEN 'CONSOLIDATOR' THEN (SELECT min(id) FROM org_unit WHERE 'CONSOLIDATOR' = ANY(roles))
             WHEN 'DECIDER' THEN NULL
             ELSE t.focal_unit_id
           END AS unit_id
      FROM waits w JOIN tasks t ON t.state = w.state
     WHERE w.actor <> 'ADVISORY'
    UNION ALL
    SELECT t.cycle_id, t.year, w.actor, w.stage, t.id, t.cadre_id, a.id
      FROM waits w
      JOIN tasks t ON t.state = w.state
      LEFT JOIN cycle_deadline d ON d.cycle_id = t.cycle_id AND d.stage = w.stage
      JOIN org_unit a ON 'ADVISORY' = ANY(a.roles) AND NOT 'CONSOLIDATOR' = ANY(a.roles)
                     AND coalesce(a.valid_from, '-infinity') <= coalesce(d.due_on, $1::date)
                     AND coalesce(a.valid_to, 'infinity') >= coalesce(d.due_on, $1::date)
     WHERE w.actor = 'ADVISORY'
       AND NOT EXISTS (
             SELECT 1 FROM opinion o
              WHERE o.key_task_id = t.id AND o.agency_unit_id = a.id
                AND o.stage = CASE WHEN w.state = 'IN_CONSULTATION' THEN 'REGISTRATION' ELSE 'RESULT' END)
  ), dated AS (
    SELECT wt.*, greatest(d.due_on, x.until) AS due_on
      FROM waiting wt
      LEFT JOIN cycle_deadline d ON d.cycle_id = wt.cycle_id AND d.stage = wt.stage
      LEFT JOIN LATERAL (
        SELECT max(e.until) AS until FROM deadline_extension e
         WHERE e.cycle_id = wt.cycle_id AND e.stage = wt.stage
           AND CASE WHEN wt.actor = 'CADRE' THEN e.cadre_id = wt.cadre_id ELSE e.unit_id = wt.unit_id END
      ) x ON TRUE
  ), addressed AS (
    SELECT u.id AS user_id, 'ACTOR' AS role, dt.*
      FROM dated dt JOIN app_user u ON u.cadre_id = dt.cadre_id
     WHERE dt.actor = 'CADRE' AND dt.due_on IS NOT NULL AND NOT u.disabled
    UNION
    SELECT m.user_id, 'ACTOR', dt.*
      FROM dated dt
      JOIN user_membership m ON m.role = dt.actor AND (dt.actor = 'DECIDER' OR m.unit_id = dt.unit_id)
      JOIN app_user u ON u.id = m.user_id AND NOT u.disabled
     WHERE dt.actor <> 'CADRE' AND dt.due_on IS NOT NULL
    UNION
    SELECT m.user_id, 'HEAD', dt.*
      FROM dated dt
      JOIN user_membership m ON m.head AND m.unit_id = dt.unit_id
      JOIN app_user u ON u.id = m.user_id AND NOT u.disabled
     WHERE dt.due_on IS NOT NULL AND dt.due_on < $1::date
  ), grouped AS (
    SELECT a.user_id, a.role, a.year, a.stage, a.actor, CASE WHEN a.role = 'HEAD' THEN a.unit_id END AS unit_id,
           a.due_on, count(DISTINCT a.task_id)::int AS tasks
      FROM addressed a
     GROUP BY 1, 2, 3, 4, 5, 6, 7
  )
  SELECT g.user_id AS "userId", g.role, g.year, g.stage, g.actor, g.unit_id AS "unitId", o.name AS "unitName",
         g.due_on::text AS "dueOn", g.tasks
    FROM grouped g LEFT JOIN org_unit o ON o.id = g.unit_id
   ORDER BY g.user_id, g.role, g.year, g.stage, g.actor, g.unit_id, g.due_on`;

interface WaitingRow {
  readonly userId: number;
  readonly role: 'ACTOR' | 'HEAD';
  readonly year: number;
  readonly stage: CycleStage;
  readonly actor: StageActor;
  readonly unitId: number | null;
  readonly unitName: string | null;
  readonly dueOn: LocalDate;
  readonly tasks: number;
}

/** Where a head acts on what is escalated to them: their agency's inbox, or the consolidation. */
function headLink(actor: StageActor): string {
  return actor === 'CONSOLIDATOR' ? REMINDER_LINKS.CONSOLIDATOR : REMINDER_LINKS.FOCAL;
}

function deadlineNotifications(
  rows: readonly WaitingRow[],
  today: LocalDate,
  policy: ReminderPolicy,
): NewNotification[] {
  const out: NewNotification[] = [];
  for (const row of rows) {
    if (row.role === 'ACTOR') {
      const reminder = deadlineReminderDue(row.dueOn, today, policy);
      if (reminder === null) continue;
      out.push({
        ...deadlineText(row, reminder),
        recipientUserId: row.userId,
        link: REMINDER_LINKS[row.actor],
        dedupeKey: reminderKeys.deadline(row.year, row.stage, row.actor, row.dueOn, reminder),
      });
    } else if (row.unitId !== null && escalationDue(row.dueOn, today, policy)) {
      out.push({
        ...escalationText(row, row.unitName ?? '', daysBetween(row.dueOn, today)),
        recipientUserId: row.userId,
        link: headLink(row.actor),
        dedupeKey: reminderKeys.escalation(row.year, row.stage, row.actor, row.dueOn, row.unitId),
      });
    }
  }
  return out;
}

/** The reminders due on `today` (the province's date) from the current states and deadlines. */
export async function dueReminders(
  db: EntityManager,
  today: LocalDate,
  policy: ReminderPolicy,
): Promise<NewNotification[]> {
  const waiting: WaitingRow[] = await db.query(WAITING_SQL, [
    today,
    WAITS.map((wait) => wait.state),
    WAITS.map((wait) => wait.actor),
    WAITS.map((wait) => wait.stage),
  ]);
  return [...deadlineNotifications(waiting, today, policy), ...(await dueMilestoneReminders(db, today, policy))];
}
