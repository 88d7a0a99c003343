import type { CyclePhase, CycleStage, RatingScheme, SubjectGroup } from '@nvtt/shared';
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

  /** The rating scheme in force for this cycle, stored whole so past years stay interpretable. */
  @Column({ name: 'rating_scheme', type: 'jsonb' })
  ratingScheme: RatingScheme;

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

/** Which focal agency receives the tasks of a subject group in a cycle (a rule table, not code). */
@Entity({ name: 'focal_agency_rule' })
export class FocalAgencyRuleEntity {
  @PrimaryColumn({ name: 'cycle_id', type: 'integer' })
  cycleId: number;

  @PrimaryColumn({ name: 'subject_group', type: 'text' })
  subjectGroup: SubjectGroup;

  @Column({ name: 'focal_unit_id', type: 'integer' })
  focalUnitId: number;
}

/** A later deadline granted to one cadre or one agency, with the reason kept. */
@Entity({ name: 'deadline_extension' })
export class DeadlineExtensionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'cycle_id', type: 'integer' })
  cycleId: number;

  @Column({ type: 'text' })
  stage: CycleStage;

  @Column({ name: 'cadre_id', type: 'integer', nullable: true })
  cadreId: number | null;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ type: 'date' })
  until: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'granted_by_label', type: 'text' })
  grantedByLabel: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
