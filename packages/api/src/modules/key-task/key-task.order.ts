import { WAITS, type StageActor } from '@nvtt/shared';
import { registerEnumType } from 'type-graphql';
import type { Actor } from '../../auth/actor.js';

/**
 * How `keyTasks` may be ordered across all pages. Each key is computed in SQL for every task the
 * filter matches, so the order holds over the whole list, not only within a loaded page; ties are
 * broken by id, and tasks without a value (no deadline of yours) come last in either direction.
 */
export const KeyTaskOrderEnum = {
  DEADLINE: 'DEADLINE',
  UPDATED_AT: 'UPDATED_AT',
  CADRE_NAME: 'CADRE_NAME',
} as const;
export type KeyTaskOrder = keyof typeof KeyTaskOrderEnum;

registerEnumType(KeyTaskOrderEnum, {
  name: 'KeyTaskOrder',
  description: 'What `keyTasks` are sorted by, across all pages; ties by id, tasks without a value last.',
  valuesConfig: {
    DEADLINE: {
      description:
        'Your next deadline on the task: among the steps the task waits for you to take in its state (as the cadre, ' +
        'or a member of its focal agency, of an advisory agency that still owes its opinion, of Ban Tổ chức or of ' +
        'the decision body), the earliest date by which one is due: the cycle’s deadline for that step, moved by ' +
        'the latest extension granted to the cadre (cadre steps) or to your agency (agency steps). Null (last) when ' +
        'the task waits for none of your steps or the step has no date.',
    },
    UPDATED_AT: { description: 'When the task last changed.' },
    CADRE_NAME: { description: 'The cadre’s full name (họ và tên).' },
  },
});

export const KEY_TASK_ORDERS: readonly KeyTaskOrder[] = Object.values(KeyTaskOrderEnum);

/** An order as a list asks for it: the key and its direction. */
export interface KeyTaskOrderBy {
  readonly order: KeyTaskOrder;
  readonly descending: boolean;
}

/** The parts the viewer plays in the workflow, as parallel arrays for SQL: CADRE with the cadre's id, or a unit role with the unit. */
export interface ViewerParts {
  readonly actors: StageActor[];
  readonly ids: number[];
}

export function viewerParts(actor: Actor | null): ViewerParts {
  const parts: ViewerParts = { actors: [], ids: [] };
  if (actor === null) return parts;
  if (actor.cadreId !== null) {
    parts.actors.push('CADRE');
    parts.ids.push(actor.cadreId);
  }
  for (const membership of actor.memberships) {
    parts.actors.push(membership.role);
    parts.ids.push(membership.unitId);
  }
  return parts;
}

/** The dated waits (shared WAITS, the funnel's and reminders' rules) as parallel arrays for SQL. */
const DATED_WAITS = WAITS.filter((wait) => wait.stage !== null);
const WAIT_PARAMS = {
  orderWaitStates: DATED_WAITS.map((wait) => wait.state),
  orderWaitActors: DATED_WAITS.map((wait) => wait.actor),
  orderWaitStages: DATED_WAITS.map((wait) => wait.stage),
};

/**
 * The DEADLINE key of task `t` for the viewer — the one definition of "your next deadline" (see the
 * enum's description). The viewer's parts are matched to the waits of the task's state: the cadre to
 * their own task, a focal agency to the tasks routed to it, an advisory agency to tasks still without
 * its opinion at that review stage, Ban Tổ chức and the decision body to every waiting task.
 */
const DEADLINE_SQL = `(
  SELECT min(greatest(d.due_on, (
           SELECT max(e.until) FROM deadline_extension e
            WHERE e.cycle_id = t.cycle_id AND e.stage = w.stage
              AND CASE WHEN w.actor = 'CADRE' THEN e.cadre_id = t.cadre_id ELSE e.unit_id = v.id END)))
    FROM unnest(CAST(:orderWaitStates AS text[]), CAST(:orderWaitActors AS text[]), CAST(:orderWaitStages AS text[]))
           AS w(state, actor, stage)
    JOIN unnest(CAST(:orderViewerActors AS text[]), CAST(:orderViewerIds AS integer[])) AS v(actor, id)
      ON v.actor = w.actor
    JOIN cycle_deadline d ON d.cycle_id = t.cycle_id AND d.stage = w.stage AND d.due_on IS NOT NULL
   WHERE w.state = t.state
     AND CASE w.actor
           WHEN 'CADRE' THEN v.id = t.cadre_id
           WHEN 'FOCAL' THEN v.id = t.focal_unit_id
           WHEN 'ADVISORY' THEN NOT EXISTS (
             SELECT 1 FROM opinion o
              WHERE o.key_task_id = t.id AND o.agency_unit_id = v.id
                AND o.stage = CASE WHEN w.state = 'IN_CONSULTATION' THEN 'REGISTRATION' ELSE 'RESULT' END)
           ELSE TRUE
         END)`;

/**
 * An order's key over task `t` (with its cadre joined as `tc`): the SQL, the SQL type its cursor
 * value is cast back to, and the parameters.
 */
export function keyTaskOrderKey(
  order: KeyTaskOrder,
  viewer: ViewerParts,
): { sql: string; type: 'date' | 'timestamptz' | 'text'; params: Record<string, unknown> } {
  switch (order) {
    case 'DEADLINE':
      return {
        sql: DEADLINE_SQL,
        type: 'date',
        params: { ...WAIT_PARAMS, orderViewerActors: viewer.actors, orderViewerIds: viewer.ids },
      };
    case 'UPDATED_AT':
      return { sql: 't.updated_at', type: 'timestamptz', params: {} };
    case 'CADRE_NAME':
      return { sql: 'tc.full_name', type: 'text', params: {} };
    default: {
      const unreachable: never = order;
      throw new Error(`Unknown task order: ${String(unreachable)}`);
    }
  }
}

/** Where an ordered page ended: the order, its direction, the last task's key (as text) and id. */
export type OrderedTaskCursor = readonly [order: KeyTaskOrder, descending: boolean, key: string | null, id: number];

/** A task list's cursor: the last id in the default (id) order, or the position in a chosen order. */
export type KeyTaskCursor = number | OrderedTaskCursor;

export function decodeKeyTaskCursor(raw: unknown): KeyTaskCursor | null {
  if (Number.isInteger(raw)) return raw as number;
  if (!Array.isArray(raw) || raw.length !== 4) return null;
  const [order, descending, key, id] = raw as unknown[];
  const isOrder = KEY_TASK_ORDERS.some((value) => value === order);
  if (!isOrder || typeof descending !== 'boolean' || !(key === null || typeof key === 'string')) return null;
  return Number.isInteger(id) ? [order as KeyTaskOrder, descending, key, id as number] : null;
}
