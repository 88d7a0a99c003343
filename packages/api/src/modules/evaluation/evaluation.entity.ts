import type { KeyTaskOutcome, QualityRatingLevel } from '@nvtt/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericColumn } from '../../db/transformers.js';

/** The cadre's year-end statement on one task (tự đánh giá). */
@Entity({ name: 'self_assessment' })
export class SelfAssessmentEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ type: 'text' })
  outcome: KeyTaskOutcome;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'boolean' })
  late: boolean;
}

/** The Standing Committee's conclusion on a cadre's tasks for a year (kết luận). */
@Entity({ name: 'conclusion' })
export class ConclusionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'cycle_id', type: 'integer' })
  cycleId: number;

  @Column({ name: 'cadre_id', type: 'integer' })
  cadreId: number;

  @Column({ name: 'document_number', type: 'text' })
  documentNumber: string;

  @Column({ name: 'concluded_on', type: 'date' })
  concludedOn: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'decider_label', type: 'text' })
  deciderLabel: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The official year-end rating, entered by the decision body, never computed (xếp loại). */
@Entity({ name: 'quality_rating' })
export class QualityRatingEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'cycle_id', type: 'integer' })
  cycleId: number;

  @Column({ name: 'cadre_id', type: 'integer' })
  cadreId: number;

  @Column({ type: 'text' })
  level: QualityRatingLevel;

  @Column({ name: 'scale_version', type: 'text' })
  scaleVersion: string;

  @Column({ type: 'numeric', nullable: true, transformer: numericColumn })
  score: number | null;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  @Column({ name: 'decider_label', type: 'text' })
  deciderLabel: string;

  @Column({ type: 'text' })
  note: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
