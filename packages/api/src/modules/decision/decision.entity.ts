import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredDraft } from '../key-task/draft.js';

/** The Standing Committee's notice assigning tasks (thông báo giao nhiệm vụ). */
@Entity({ name: 'assignment_decision' })
export class AssignmentDecisionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'cycle_id', type: 'integer' })
  cycleId: number;

  @Column({ name: 'document_number', type: 'text' })
  documentNumber: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn: string;

  @Column({ name: 'signer_label', type: 'text' })
  signerLabel: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'assignment_decision_task' })
export class AssignmentDecisionTaskEntity {
  @PrimaryColumn({ name: 'decision_id', type: 'integer' })
  decisionId: number;

  @PrimaryColumn({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ type: 'text' })
  result: 'ASSIGNED' | 'REJECTED';
}

export type ChangeRequestStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** A formal amendment of an assigned task, needing the decision body's approval (điều chỉnh). */
@Entity({ name: 'change_request' })
export class ChangeRequestEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'key_task_id', type: 'integer' })
  keyTaskId: number;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'requester_label', type: 'text' })
  requesterLabel: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'jsonb' })
  proposed: StoredDraft;

  @Column({ type: 'text' })
  status: ChangeRequestStatus;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decider_label', type: 'text', nullable: true })
  deciderLabel: string | null;

  @Column({ name: 'document_number', type: 'text', nullable: true })
  documentNumber: string | null;

  @Column({ name: 'resulting_version', type: 'integer', nullable: true })
  resultingVersion: number | null;
}
