import {
  CYCLE_PHASES,
  KEY_TASK_STATES,
  SUBJECT_GROUPS,
  labelOf,
  provinceDateOf,
  type ImportRowOutcome,
} from '@nvtt/shared';
import type { CyclePhase, KeyTaskState, SubjectGroup } from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import { UserErrorsException } from '../../graphql/user-error.js';
import type { AuditRecord } from '../../workflow/use-case.js';
import { normalizeDraft, writeDraft, type NormalizedDraft } from '../key-task/draft.js';
import type { KeyTaskDraftInput } from '../key-task/key-task.inputs.js';
import { CADRE_CODE } from './cadres.plan.js';
import { Counter, changedFields, type ImportPlan } from './plan.js';
import type { Table } from './read-table.js';
import { ErrorSink, RowReader } from './row-reader.js';
import { UNIT_CODE } from './units.plan.js';
import { readTaskGroups, type TaskGroup } from './task-rows.js';
import { loadTaskContext, type StoredTask } from './task-context.js';

/** Phases in which tasks may still be registered, hence imported or changed by an import. */
const OPEN_PHASES: readonly CyclePhase[] = ['PREPARING', 'REGISTRATION'];
const EDITABLE_STATES: readonly KeyTaskState[] = ['DRAFT', 'RETURNED'];

interface TaskCreate {
  readonly row: number;
  readonly key: string;
  readonly cycleId: number;
  readonly cadreId: number;
  readonly positionId: number;
  readonly focalUnitId: number;
  readonly ordinal: number;
  readonly draft: NormalizedDraft;
}

interface TaskUpdate {
  readonly row: number;
  readonly key: string;
  readonly taskId: number;
  readonly state: KeyTaskState;
  readonly draft: NormalizedDraft;
  readonly changes: readonly string[];
}

const INSERT_TASK_SQL = `
  INSERT INTO key_task (cycle_id, cadre_id, position_id, focal_unit_id, ordinal, title, state, multi_year, created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, 'DRAFT', $7, $8, $8) RETURNING id`;

/** The draft in the shape the stored task is compared in (what writeDraft stores). */
function comparable(draft: NormalizedDraft): Omit<StoredTask, 'id' | 'state' | 'ordinal'> {
  return {
    title: draft.title,
    description: draft.description,
    spillOverNote: draft.spillOverNote,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    multiYear: draft.multiYear,
    outputs: draft.outputs.map((output) => ({ ...output })),
    alignments: draft.alignments.map((alignment, index) => ({
      ...alignment,
      referenceText: draft.referenceTexts[index] ?? '',
    })),
  };
}

/** Checks a group's draft with the registration's own normalisation and shared zod schema. */
function draftOf(group: TaskGroup, sink: ErrorSink): NormalizedDraft | null {
  const input: KeyTaskDraftInput = { ...group.input };
  try {
    return normalizeDraft(input);
  } catch (error) {
    if (!(error instanceof UserErrorsException)) throw error;
    for (const problem of error.errors) {
      const [field, index, part] = problem.field ?? [];
      const at = field === 'outputs' && index !== undefined ? group.outputRows[Number(index)] : undefined;
      const column =
        field === 'outputs' && part !== undefined
          ? (({ name: 'outputName', unit: 'outputUnit', target: 'outputTarget', dueOn: 'outputDueOn' } as const)[
              part as 'name' | 'unit' | 'target' | 'dueOn'
            ] ?? 'outputName')
          : field === 'outputs'
            ? 'outputName'
            : (field ?? null);
      sink.add(at ?? group.firstRow, column, problem.message, problem.messageEn);
    }
    return null;
  }
}

/**
 * Registered tasks: rows with the same cadre code, year and number are one task, one output per
 * row. New tasks are created as drafts of the cadre (the cadre submits them, and every
 * registration rule is checked then, as for a task typed in); drafts and returned tasks are
 * updated; a task further on is left as it is when the file agrees with it, else refused.
 */
export async function planTasks(db: EntityManager, table: Table, now: Date): Promise<ImportPlan> {
  const sink = new ErrorSink('TASKS', table);
  const readers = table.rows.map((source) => new RowReader(source, sink));
  const groups = readTaskGroups(readers, { cadre: CADRE_CODE, unit: UNIT_CODE });
  const context = await loadTaskContext(db, groups, provinceDateOf(now));
  const counter = new Counter(['KeyTask']);
  const creates: TaskCreate[] = [];
  const updates: TaskUpdate[] = [];
  const outcomes = new Map<number, ImportRowOutcome>();

  for (const group of groups) {
    const first = group.readers[0]!;
    const fail = (column: string | null, vi: string, en: string) => first.fail(column, vi, en);
    const draft = draftOf(group, sink);
    const cadre = context.cadres.get(group.cadre);
    const cycle = context.cycles.get(group.year);
    if (!cadre)
      fail(
        'cadreCode',
        `Mã cán bộ “${group.cadre}” không có trong hệ thống.`,
        `No cadre “${group.cadre}” in the system.`,
      );
    if (!cycle) fail('year', `Chưa có kỳ giao nhiệm vụ năm ${group.year}.`, `There is no cycle for ${group.year}.`);
    if (cycle && group.ordinal > cycle.tasksPerCadre) {
      fail(
        'ordinal',
        `Số thứ tự vượt quá số nhiệm vụ mỗi cán bộ của kỳ ${cycle.year} (${cycle.tasksPerCadre}).`,
        `The number exceeds the tasks per cadre of the ${cycle.year} cycle (${cycle.tasksPerCadre}).`,
      );
    }
    const stored = cadre && cycle ? context.tasks.get(`${cycle.id}:${cadre.id}:${group.ordinal}`) : undefined;
    let planned: TaskCreate | TaskUpdate | 'UNCHANGED' | null = null;
    if (draft && cadre && cycle && !first.failed) {
      const changes = stored ? changedFields(stored, comparable(draft)) : [];
      const phaseOpen = OPEN_PHASES.includes(cycle.phase);
      if (stored && changes.length === 0) planned = 'UNCHANGED';
      else if (!phaseOpen) {
        fail(
          'year',
          `Kỳ ${cycle.year} đang ở giai đoạn “${labelOf(CYCLE_PHASES, cycle.phase, 'vi')}”: chỉ nhập nhiệm vụ khi kỳ đang chuẩn bị hoặc đăng ký.`,
          `The ${cycle.year} cycle is in “${labelOf(CYCLE_PHASES, cycle.phase, 'en')}”: tasks are imported only while preparing or registering.`,
        );
      } else if (stored && !EDITABLE_STATES.includes(stored.state)) {
        fail(
          null,
          `Nhiệm vụ đã ở trạng thái “${labelOf(KEY_TASK_STATES, stored.state, 'vi')}”: chỉ sửa qua nhập file khi còn dự thảo hoặc bị trả lại.`,
          `The task is already “${labelOf(KEY_TASK_STATES, stored.state, 'en')}”: an import changes drafts and returned tasks only.`,
        );
      } else if (stored) {
        planned = { row: first.row, key: group.key, taskId: stored.id, state: stored.state, draft, changes };
      } else {
        const position = context.positionFor(cadre.id, group.unit);
        const focalUnitId = position ? context.focalRules.get(`${cycle.id}:${position.subjectGroup}`) : undefined;
        const counted = context.countedOrdinals(cycle.id, cadre.id, groups);
        if (!position) {
          fail(
            group.unit ? 'unitCode' : 'cadreCode',
            group.unit
              ? `Cán bộ không có chức vụ ở đơn vị “${group.unit}”.`
              : 'Cán bộ chưa có chức vụ đang đảm nhiệm: ghi Mã đơn vị của chức vụ đăng ký.',
            group.unit
              ? `The cadre holds no post in “${group.unit}”.`
              : 'The cadre holds no current post: give the unit code of the post.',
          );
        } else if (focalUnitId === undefined) {
          const groupLabel = labelOf(SUBJECT_GROUPS, position.subjectGroup as SubjectGroup, 'vi');
          fail(
            null,
            `Kỳ ${cycle.year} chưa phân công cơ quan đầu mối cho nhóm “${groupLabel}”.`,
            `The ${cycle.year} cycle has no focal agency for the cadre’s subject group.`,
          );
        } else if (counted > cycle.tasksPerCadre) {
          fail(
            'ordinal',
            `Cán bộ sẽ có ${counted} nhiệm vụ, quá ${cycle.tasksPerCadre} nhiệm vụ của kỳ.`,
            `The cadre would have ${counted} tasks, more than the cycle’s ${cycle.tasksPerCadre}.`,
          );
        } else {
          planned = {
            row: first.row,
            key: group.key,
            cycleId: cycle.id,
            cadreId: cadre.id,
            positionId: position.id,
            focalUnitId,
            ordinal: group.ordinal,
            draft,
          };
        }
      }
    }
    const failed = group.readers.some((reader) => reader.failed) || draft === null || planned === null;
    const action = failed
      ? 'ERROR'
      : planned === 'UNCHANGED'
        ? 'UNCHANGED'
        : 'taskId' in planned!
          ? 'UPDATE'
          : 'CREATE';
    if (!failed && planned !== null && planned !== 'UNCHANGED') {
      if ('taskId' in planned) updates.push(planned);
      else creates.push(planned);
    }
    if (action !== 'ERROR') counter.add('KeyTask', action);
    const changes = planned !== null && planned !== 'UNCHANGED' && 'changes' in planned ? planned.changes : [];
    for (const reader of group.readers) outcomes.set(reader.row, { row: reader.row, key: group.key, action, changes });
  }
  // Rows that did not even name their task (no cadre, year or number) are errors of their own.
  for (const reader of readers) {
    if (!outcomes.has(reader.row)) outcomes.set(reader.row, { row: reader.row, key: '', action: 'ERROR', changes: [] });
  }

  return {
    rows: [...outcomes.values()].sort((a, b) => a.row - b.row),
    errors: [...sink.errors].sort((a, b) => a.row - b.row),
    counts: counter.list(),
    writes: { creates, updates },
    async apply(tx) {
      const audit: AuditRecord[] = [];
      for (const task of creates) {
        const inserted = (await tx.query(INSERT_TASK_SQL, [
          task.cycleId,
          task.cadreId,
          task.positionId,
          task.focalUnitId,
          task.ordinal,
          task.draft.title,
          task.draft.multiYear,
          now,
        ])) as Array<{ id: number }>;
        const id = inserted[0]!.id;
        await writeDraft(tx, id, task.draft, now);
        audit.push({
          entityType: 'KeyTask',
          entityId: id,
          action: 'CREATE',
          toState: 'DRAFT',
          data: { source: 'IMPORT', row: task.row, key: task.key },
        });
      }
      for (const task of updates) {
        await writeDraft(tx, task.taskId, task.draft, now);
        audit.push({
          entityType: 'KeyTask',
          entityId: task.taskId,
          action: 'UPDATE',
          fromState: task.state,
          toState: task.state,
          data: { source: 'IMPORT', row: task.row, key: task.key, changes: task.changes },
        });
      }
      return audit;
    },
  };
}
