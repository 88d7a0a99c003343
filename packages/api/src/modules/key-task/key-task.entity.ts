import type { AlignmentArea, AlignmentSource, KeyTaskOutcome, KeyTaskState } from '@nvtt/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericColumn } from '../../db/transformers.js';

/** One of a cadre's key tasks in a cycle (nhiệm vụ trọng tâm). */
@Entity({ name: 'key_task' })
export class KeyTaskEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'cycle_id', type: 'integer' })
  cycleId: number;

  @Column({ name: 'cadre_id', type: 'integer' })
  cadreId: number;

  @Column({ name: 'position_id', type: 'integer' })
  positionId: number;

  /** The focal agency the task was routed to by the cycle's rule for the cadre's subject group. */
  @Column({ name: 'focal_unit_id', type: 'integer' })
  focalUnitId: number;

  @Column({ type: 'integer' })
  ordinal: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'spill_over_note', type: 'text' })
  spillOverNote: string;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'parent_task_id', type: 'integer', nullable: true })
  parentTaskId: number | null;

  @Column({ name: 'multi_year', type: 'boolean' })
  multiYear: boolean;

  @Column({ type: 'text' })
  state: KeyTaskState;

  /** Raised by every amendment after assignment; the assigned version is kept in `assignedSnapshot`. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'registered_snapshot', type: 'jsonb', nullable: true })
  registeredSnapshot: TaskSnapshot | null;

  @Column({ name: 'assigned_snapshot', type: 'jsonb', nullable: true })
  assignedSnapshot: TaskSnapshot | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submitted_late', type: 'boolean' })
  submittedLate: boolean;

  @Column({ name: 'self_outcome', type: 'text', nullable: true })
  selfOutcome: KeyTaskOutcome | null;

  @Column({ name: 'appraised_outcome', type: 'text', nullable: true })
  appraisedOutcome: KeyTaskOutcome | null;

  @Column({ name: 'concluded_outcome', type: 'text', nullable: true })
  concludedOutcome: KeyTaskOutcome | null;

  @Column({ name: 'state_reason', type: 'text', nullable: true })
  stateReason: string | null;

  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The task as it stood at a point of its life (registered, assigned), kept verbatim. */
export interface TaskSnapshot {
  readonly version: number;
  readonly title: string;
  readonly description: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly outputs: ReadonlyArray<{ name: string; unit: string | null; target: number | null; dueOn: string | null }>;
}

/** A concrete, measurable output of a task (sản phẩm đầu ra). */
@Entity({ name: 'output_product' })
export class OutputProductEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ type: 'integer' })
  ordinal: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'numeric', nullable: true, transformer: numericColumn })
  target: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: numericColumn })
  actual: number | null;

  /** When `actual` was last reported (a progress report or the self-assessment). */
  @Column({ name: 'actual_reported_at', type: 'timestamptz', nullable: true })
  actualReportedAt: Date | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;
}

/** Which resolution and goal area a task serves (căn cứ, định hướng). */
@Entity({ name: 'alignment' })
export class AlignmentEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ type: 'text' })
  source: AlignmentSource;

  @Column({ type: 'text', nullable: true })
  area: AlignmentArea | null;

  @Column({ name: 'reference_text', type: 'text' })
  referenceText: string;
}
