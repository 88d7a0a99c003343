import type { KeyTaskOutcome } from '@nvtt/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Registration (before assignment) or result (at year end). */
export type ReviewStage = 'REGISTRATION' | 'RESULT';
export type OpinionVerdict = 'AGREE' | 'AGREE_WITH_COMMENTS' | 'DISAGREE';
export type AppraisalVerdict = 'ACCEPTED' | 'RETURNED';

/** An agency's attributed, dated statement; never edited once submitted (ý kiến). */
@Entity({ name: 'opinion' })
export class OpinionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ type: 'text' })
  stage: ReviewStage;

  @Column({ name: 'agency_unit_id', type: 'integer' })
  agencyUnitId: number;

  @Column({ name: 'author_label', type: 'text' })
  authorLabel: string;

  @Column({ type: 'text' })
  verdict: OpinionVerdict;

  @Column({ name: 'proposed_outcome', type: 'text', nullable: true })
  proposedOutcome: KeyTaskOutcome | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'boolean' })
  late: boolean;
}

/** The focal agency's verdict at registration or on results (thẩm định). */
@Entity({ name: 'appraisal' })
export class AppraisalEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ type: 'text' })
  stage: ReviewStage;

  @Column({ name: 'agency_unit_id', type: 'integer' })
  agencyUnitId: number;

  @Column({ name: 'author_label', type: 'text' })
  authorLabel: string;

  @Column({ type: 'text' })
  verdict: AppraisalVerdict;

  @Column({ name: 'proposed_outcome', type: 'text', nullable: true })
  proposedOutcome: KeyTaskOutcome | null;

  @Column({ type: 'text' })
  comment: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'boolean' })
  late: boolean;
}
