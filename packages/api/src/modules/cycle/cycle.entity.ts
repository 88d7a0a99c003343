import type { CyclePhase, CycleStage } from '@nvtt/shared';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One year's assignment and evaluation cycle (kỳ giao nhiệm vụ năm N) with its rules as data. */
@Entity({ name: 'cycle' })
export class CycleEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer', unique: true })
  year: number;

  @Column({ type: 'text' })
  phase: CyclePhase;

  @Column({ name: 'tasks_per_cadre', type: 'integer' })
  tasksPerCadre: number;

  @Column({ name: 'max_duration_months', type: 'integer' })
  maxDurationMonths: number;

  @Column({ name: 'progress_report_day', type: 'integer' })
  progressReportDay: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The deadline of one stage in one cycle; null when the stage has no fixed date. */
@Entity({ name: 'cycle_deadline' })
export class CycleDeadlineEntity {
  @PrimaryColumn({ name: 'cycle_id', type: 'integer' })
  cycleId: number;

  @PrimaryColumn({ type: 'text' })
  stage: CycleStage;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;
}
