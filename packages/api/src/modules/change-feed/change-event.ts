import { changeEventTypeOf, type ChangeEventType, type CycleStage, type KeyTaskState } from '@nvtt/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { toGlobalId } from '../../graphql/relay.js';

/**
 * One event of the change feed: an audit record of a key task, as other tools see it — ids, types,
 * states and times only. Comments and other free text stay in the dossier, behind its own rules.
 */
export interface ChangeEvent {
  /** The audit record's id: unique, increasing, the receiver's idempotency key. */
  readonly id: string;
  readonly type: ChangeEventType;
  readonly occurredAt: Date;
  /** The audit action: a transition of the workflow, or DEADLINE_PASSED. */
  readonly action: string;
  readonly fromState: KeyTaskState | null;
  readonly toState: KeyTaskState | null;
  /** Whether the action came after its stage's deadline. */
  readonly late: boolean;
  /** The decision's official document number (decisions only). */
  readonly documentNumber: string | null;
  /** Which deadline passed: a stage of the cycle, or a plan milestone. */
  readonly deadline: {
    readonly stage: CycleStage | null;
    readonly milestoneId: number | null;
    readonly dueOn: string;
  } | null;
  /** The task as it stands now, which decides who may see the event. */
  readonly task: {
    readonly id: number;
    readonly cycleId: number;
    readonly cadreId: number;
    readonly focalUnitId: number;
    readonly state: KeyTaskState;
  };
}

interface EventRow {
  id: string;
  occurredAt: Date;
  entityType: string;
  action: string;
  fromState: KeyTaskState | null;
  toState: KeyTaskState | null;
  documentNumber: string | null;
  data: Record<string, unknown>;
  taskId: number;
  cycleId: number;
  cadreId: number;
  focalUnitId: number;
  state: KeyTaskState;
}

const EVENTS_SQL = `
  SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.entity_type AS "entityType", a.action,
         a.from_state AS "fromState", a.to_state AS "toState", a.document_number AS "documentNumber", a.data,
         t.id AS "taskId", t.cycle_id AS "cycleId", t.cadre_id AS "cadreId", t.focal_unit_id AS "focalUnitId", t.state
    FROM audit_event a JOIN key_task t ON t.id = a.entity_id
   WHERE a.id = ANY($1::bigint[]) AND a.entity_type = 'KeyTask'
   ORDER BY a.chain_seq`;

function toChangeEvent(row: EventRow): ChangeEvent | null {
  const type = changeEventTypeOf(row);
  if (type === null) return null;
  const data = row.data;
  const dueOn = typeof data.dueOn === 'string' ? data.dueOn : null;
  return {
    id: row.id,
    type,
    occurredAt: new Date(row.occurredAt),
    action: row.action,
    fromState: row.fromState,
    toState: row.toState,
    late: data.late === true,
    documentNumber: type === 'DECISION_RECORDED' ? row.documentNumber : null,
    deadline:
      type === 'DEADLINE_PASSED' && dueOn !== null
        ? {
            stage: typeof data.stage === 'string' ? (data.stage as CycleStage) : null,
            milestoneId: typeof data.milestoneId === 'number' ? data.milestoneId : null,
            dueOn,
          }
        : null,
    task: {
      id: row.taskId,
      cycleId: row.cycleId,
      cadreId: row.cadreId,
      focalUnitId: row.focalUnitId,
      state: row.state,
    },
  };
}

/** The events among these audit records, in chain order (records that are no event are left out). */
export async function loadChangeEvents(
  db: DataSource | EntityManager,
  auditIds: readonly string[],
): Promise<ChangeEvent[]> {
  if (auditIds.length === 0) return [];
  const rows: EventRow[] = await db.query(EVENTS_SQL, [auditIds]);
  return rows.map(toChangeEvent).filter((event): event is ChangeEvent => event !== null);
}

/** The JSON body a webhook receives (and the shape documented in docs/change-feed.md). */
export function changeEventBody(event: ChangeEvent): Record<string, unknown> {
  return {
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    late: event.late,
    documentNumber: event.documentNumber,
    deadline: event.deadline,
    task: publicTask(event.task),
  };
}

/** The task's ids as the GraphQL API's global ids, so a tool can fetch it with `keyTask(id:)`. */
export function publicTask(task: ChangeEvent['task']) {
  return {
    id: toGlobalId('KeyTask', task.id),
    cycleId: toGlobalId('Cycle', task.cycleId),
    cadreId: toGlobalId('Cadre', task.cadreId),
    focalUnitId: toGlobalId('OrgUnit', task.focalUnitId),
    state: task.state,
  };
}
