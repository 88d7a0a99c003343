import { foldForSearch, type KeyTaskOutcome, type KeyTaskState } from '@nvtt/shared';
import type { Prng } from './prng.js';
import type { DemoRows } from './rows.js';
import type { TaskPlan } from './story-types.js';
import { descriptionOf, type PlannedOutput } from './task-content.js';
import type { Timeline } from './timeline.js';

/** Everything a finished story leaves to record. */
export interface FinishedTask {
  readonly taskId: number;
  readonly plan: TaskPlan;
  readonly timeline: Timeline;
  readonly outputs: readonly PlannedOutput[];
  readonly title: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly version: number;
  readonly submittedAt: Date | null;
  readonly submittedLate: boolean;
  readonly snapshot: object;
  readonly assigned: boolean;
  readonly selfOutcome: KeyTaskOutcome | null;
  readonly appraisedOutcome: KeyTaskOutcome | null;
  readonly concludedOutcome: KeyTaskOutcome | null;
}

/** The task row, its outputs and alignments, and its audit trail from the timeline. */
export function persistTask(rng: Prng, rows: DemoRows, task: FinishedTask): void {
  const { plan, timeline, taskId } = task;
  const measured = task.selfOutcome !== null || task.concludedOutcome !== null;
  for (const [index, output] of task.outputs.entries()) {
    rows.add('output_product', {
      key_task_id: taskId,
      ordinal: index + 1,
      name: output.name,
      unit: output.unit,
      target: output.target,
      actual: measured && output.target !== null ? Math.round(output.target * output.actualRatio * 100) / 100 : null,
      due_on: output.dueOn,
    });
  }
  rows.add('alignment', {
    key_task_id: taskId,
    source: plan.template.source,
    area: plan.template.area,
    reference_text: '',
  });
  if (rng.chance(0.4)) {
    rows.add('alignment', {
      key_task_id: taskId,
      source: 'NQDH_2025_2030',
      area: plan.template.area,
      reference_text: 'Mục tiêu, nhiệm vụ nhiệm kỳ 2025–2030',
    });
  }
  const state: KeyTaskState = timeline.state;
  const reasonStates: readonly KeyTaskState[] = ['REJECTED', 'WITHDRAWN', 'SUSPENDED'];
  rows.addWithId('key_task', taskId, {
    cycle_id: plan.cycle.id,
    cadre_id: plan.cadreId,
    position_id: plan.positionId,
    focal_unit_id: plan.focal.id,
    ordinal: plan.ordinal,
    title: task.version === 2 ? `${task.title} (điều chỉnh)` : task.title,
    description: descriptionOf(task.title),
    spill_over_note: 'Tạo chuyển biến rõ nét, có thể nhân rộng cho các địa phương, đơn vị khác.',
    starts_on: task.startsOn,
    ends_on: task.endsOn,
    parent_task_id: plan.parentTaskId,
    multi_year: plan.parentTaskId !== null,
    state,
    version: task.version,
    registered_snapshot: task.submittedAt ? task.snapshot : null,
    assigned_snapshot: task.assigned ? task.snapshot : null,
    submitted_at: task.submittedAt,
    submitted_late: task.submittedLate,
    self_outcome: task.selfOutcome,
    appraised_outcome: task.appraisedOutcome,
    concluded_outcome: task.concludedOutcome,
    state_reason: reasonStates.includes(state) ? timeline.last.comment : null,
    search_text: foldForSearch(`${task.title} ${descriptionOf(task.title)}`),
    created_at: timeline.events[0]!.at,
    updated_at: timeline.last.at,
  });
  for (const event of timeline.events) {
    rows.add('audit_event', {
      occurred_at: event.at,
      request_id: null,
      actor_label: event.actor,
      actor_user_id: null,
      entity_type: 'KeyTask',
      entity_id: taskId,
      action: event.action,
      from_state: event.from,
      to_state: event.to,
      comment: event.comment,
      document_number: event.document,
      data: { late: event.late, demo: true },
    });
  }
}
