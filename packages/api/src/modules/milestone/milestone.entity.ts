import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericColumn } from '../../db/transformers.js';

export type MilestonePeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';
export type ProgressStatus = 'ON_TRACK' | 'AT_RISK' | 'DELAYED' | 'DONE';

/** A dated step of a task's plan (mốc tiến độ), by month, quarter or year. */
@Entity({ name: 'milestone' })
export class MilestoneEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ name: 'period_kind', type: 'text' })
  periodKind: MilestonePeriodKind;

  @Column({ name: 'period_label', type: 'text' })
  periodLabel: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'expected_output', type: 'text' })
  expectedOutput: string;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;
}

/** A dated report of progress, against a milestone or the task as a whole (báo cáo tiến độ). */
@Entity({ name: 'progress_report' })
export class ProgressReportEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ name: 'milestone_id', type: 'integer', nullable: true })
  milestoneId: number | null;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;

  @Column({ type: 'text' })
  status: ProgressStatus;

  @Column({ name: 'percent_complete', type: 'numeric', nullable: true, transformer: numericColumn })
  percentComplete: number | null;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'boolean' })
  late: boolean;

  @Column({ name: 'author_label', type: 'text' })
  authorLabel: string;

  /** The actual values reported for the task's outputs, as they were named then. */
  @Column({ name: 'output_values', type: 'jsonb' })
  outputValues: ProgressOutputValue[];
}

/** One output's actual value in a progress report. */
export interface ProgressOutputValue {
  /** The output's position in the task (from 1). */
  readonly output: number;
  readonly name: string;
  readonly unit: string | null;
  readonly actual: number;
}
